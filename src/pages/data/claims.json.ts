// /data/claims.json: the claims table as JSON (see the data page for the fields).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { openDataFile } from '../../lib/opendata.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(openDataFile(await getSite(), site!), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
