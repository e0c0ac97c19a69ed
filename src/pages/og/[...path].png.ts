// /og/<page URL>.png: every page's social card, drawn at build (src/lib/og).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { cardFor } from '../../lib/og/cards.ts';
import { loadCardAssets, renderCard } from '../../lib/og/render.ts';
import { pageRoutes } from '../../lib/routes.ts';
import { ogImageUrl, type Route } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const routes = pageRoutes(await getSite());
  return LOCALE_CODES.flatMap((locale) => routes.map((route) => ({ params: { path: ogImageUrl(locale, route).slice('/og/'.length, -'.png'.length) }, props: { locale, route } })));
}) satisfies GetStaticPaths;

let assets: ReturnType<typeof loadCardAssets> | undefined;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, route } = props as { locale: Locale; route: Route };
  assets ??= loadCardAssets();
  const png = await renderCard(cardFor(locale, route, await getSite(), site!.host), assets);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
