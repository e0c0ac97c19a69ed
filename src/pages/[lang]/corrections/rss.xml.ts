// /<lang>/corrections/rss.xml: this language's corrections as RSS 2.0, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { localePaths, type LocaleProps } from '../../../data/paths.ts';
import { correctionsFeedOptions } from '../../../lib/feed.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const { corrections } = await getSite();
  return rss(correctionsFeedOptions({ locale, corrections, siteUrl: site! }));
};
