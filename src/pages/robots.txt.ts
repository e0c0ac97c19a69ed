// /robots.txt: everything may be crawled; the sitemap's address comes from the site URL.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
