// /favicon.ico: for browsers and tools that ask for it before reading the head.
import type { APIRoute } from 'astro';
import svg from '../assets/icon.svg?raw';
import { pngToIco, renderIcon } from '../lib/icons.ts';

export const GET: APIRoute = () => new Response(pngToIco(renderIcon(svg, 32), 32) as BodyInit, { headers: { 'content-type': 'image/x-icon' } });
