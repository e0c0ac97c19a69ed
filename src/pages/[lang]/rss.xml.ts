// /<lang>/rss.xml: this language's articles as RSS 2.0 (linked from every page's head).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { localePaths, type LocaleProps } from '../../data/paths.ts';
import { feedOptions } from '../../lib/feed.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const { articles, tagById } = await getSite();
  return rss(feedOptions({ locale, articles: articles[locale], tagById, siteUrl: site! }));
};
