// /og/<page URL>.png: the social cards, drawn at build (src/lib/og/cards.ts says which).
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

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, key } = props as { locale: Locale; key: CardKey };
  assets ??= loadCardAssets();
  const png = await renderCard(cardFor(locale, key, await getSite(), site!.host), assets);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
