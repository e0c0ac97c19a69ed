// /data/claims.csv: the same rows as claims.json, one claim × source per line.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { OPEN_DATA_COLUMNS, openDataRows, toCsv } from '../../lib/opendata.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(openDataRows(await getSite()), OPEN_DATA_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
