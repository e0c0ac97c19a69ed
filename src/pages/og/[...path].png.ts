// /og/<page URL>.png: the social cards, drawn at build (src/lib/og/cards.ts says which).
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { cardFor, cardKeys, cardUrl, type CardKey } from '../../lib/og/cards.ts';
import { loadCardAssets, renderCard } from '../../lib/og/render.ts';

export const getStaticPaths = (async () => {
  const keys = cardKeys(await getSite());
  return LOCALE_CODES.flatMap((locale) => keys.map((key) => ({ params: { path: cardUrl(locale, key).slice('/og/'.length, -'.png'.length) }, props: { locale, key } })));
}) satisfies GetStaticPaths;

let assets: ReturnType<typeof loadCardAssets> | undefined;

/**
 * `npm run bench` names a file here to learn what the cards cost apart from
 * the pages (tests/bench/sites.ts): each card appends the CPU microseconds
 * the process used while drawing it. Unset in every other build.
 */
const CPU_LOG = process.env.AVOCADO_BENCH_CARDS;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: CardKey };
  assets ??= loadCardAssets();
  const card = cardFor(locale, key, await getSite(), site!.host);
  const started = CPU_LOG ? process.cpuUsage() : undefined;
  const png = await renderCard(card, assets);
  if (CPU_LOG && started) {
    const used = process.cpuUsage(started);
    fs.appendFileSync(CPU_LOG, `${used.user + used.system}\n`);
  }
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
