// /icon-192.png, /icon-512.png (manifest), /apple-touch-icon.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import svg from '../assets/icon.svg?raw';
import { PNG_ICONS, renderIcon } from '../lib/icons.ts';

type Name = keyof typeof PNG_ICONS;
export const getStaticPaths = (() => (Object.keys(PNG_ICONS) as Name[]).map((name) => ({ params: { icon: name.slice(0, -'.png'.length) }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(renderIcon(svg, PNG_ICONS[(props as { name: Name }).name]) as BodyInit, { headers: { 'content-type': 'image/png' } });
