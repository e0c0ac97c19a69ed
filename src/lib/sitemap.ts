/**
 * Settings for @astrojs/sitemap and the robots.txt that points at it. The
 * sitemap's hreflang alternates come from the locale registry: URL segment
 * (`zh-tw`) → language tag (`zh-TW`).
 */
import { DEFAULT_LOCALE, LOCALES, localeInfo } from '../i18n/locales.ts';

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** @example sitemapI18n().locales['zh-tw'] === 'zh-TW' */
export function sitemapI18n() {
  return {
    defaultLocale: localeInfo(DEFAULT_LOCALE).path,
    locales: Object.fromEntries(LOCALES.map((l) => [l.path, l.code])) as Record<string, string>,
  };
}

/**
 * Keeps every page but the noindex ones: the not-found pages (no URL of
 * their own) and the editors' translation-status pages.
 * @example keepInSitemap('https://e.x/zh-tw/404/') === false
 * @example keepInSitemap('https://e.x/en/translations/') === false
 */
export function keepInSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !/\/404(\.html|\/)?$/.test(pathname) && !/^\/[^/]+\/translations\//.test(pathname);
}

interface SitemapEntry {
  url: string;
  links?: { url: string; lang: string }[];
}

/**
 * Fixes up @astrojs/sitemap's hreflang links. It reads the unprefixed `/`
 * as a second English page, but `/` is the bilingual landing page: it gets
 * no alternates and is nobody's alternate. Each pair also gets x-default
 * (the default locale), as the pages' own heads declare.
 * @example sitemapEntry({ url: 'https://e.x/', links: [{ url: 'https://e.x/', lang: 'en' }] }).links === undefined
 */
export function sitemapEntry<T extends SitemapEntry>(item: T): T {
  const isRoot = (u: string) => new URL(u).pathname === '/';
  if (isRoot(item.url)) return { ...item, links: undefined };
  const links = item.links?.filter((l) => !isRoot(l.url));
  const fallback = links?.find((l) => l.lang === DEFAULT_LOCALE);
  return { ...item, links: links && fallback ? [...links, { lang: 'x-default', url: fallback.url }] : links };
}

/** @example robotsTxt('https://e.x').includes('Sitemap: https://e.x/sitemap-index.xml') */
export function robotsTxt(siteUrl: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, siteUrl).href}\n`;
}
