// /robots.txt: a public build may be crawled and names its sitemap; a preview build may not.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { deployment } from '../lib/deploy.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!, deployment().preview), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
