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
 * Keeps every page but the not-found ones (they are noindex, and have no URL of their own).
 * @example keepInSitemap('https://e.x/zh-tw/404/') === false
 */
export function keepInSitemap(url: string): boolean {
  return !/\/404(\.html|\/)?$/.test(new URL(url).pathname);
}

/** @example robotsTxt('https://e.x').includes('Sitemap: https://e.x/sitemap-index.xml') */
export function robotsTxt(siteUrl: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, siteUrl).href}\n`;
}
