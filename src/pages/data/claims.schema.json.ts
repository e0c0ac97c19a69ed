// /data/claims.schema.json: generated from the zod schema claims.json is tested against.
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../lib/opendata.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(site!), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
