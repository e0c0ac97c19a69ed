// /<lang>/manifest.webmanifest: the web app manifest in the page's language.
import type { APIRoute } from 'astro';
import { localePaths, type LocaleProps } from '../../data/paths.ts';
import { webManifest } from '../../lib/icons.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(webManifest((props as LocaleProps).locale), null, 2), { headers: { 'content-type': 'application/manifest+json' } });
