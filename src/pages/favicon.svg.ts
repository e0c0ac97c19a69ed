// /favicon.svg: the one icon every other icon is drawn from.
import type { APIRoute } from 'astro';
import svg from '../assets/icon.svg?raw';

export const GET: APIRoute = () => new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
