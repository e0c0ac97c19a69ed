/**
 * Settings for @astrojs/sitemap and the robots.txt that points at it. The
 * sitemap's hreflang alternates come from the locale registry: URL segment
 * (`zh-tw`) → language tag (`zh-TW`).
 */
import { DEFAULT_LOCALE, LOCALES, localeInfo, type Locale } from '../i18n/locales.ts';
import { hreflangAlternates, LANDING_PATH } from './hreflang.ts';
import { localizedUrl } from './urls.ts';

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
 * as a second English page, but `/` is the bilingual landing page: it joins
 * the home pages' cluster, whose x-default it is (hreflangAlternates, which
 * the pages' heads use too). Every other pair gets x-default = the default
 * locale's version.
 * @example sitemapEntry({ url: 'https://e.x/', links: [] }).links?.at(-1) // { lang: 'x-default', url: 'https://e.x/' }
 */
export function sitemapEntry<T extends SitemapEntry>(item: T): T {
  const url = new URL(item.url);
  const homes = [LANDING_PATH, ...LOCALES.map((l) => localizedUrl(l.code, { kind: 'home' }))];
  if (homes.includes(url.pathname)) {
    return { ...item, links: hreflangAlternates({ kind: 'home' }).map((a) => ({ lang: a.lang, url: new URL(a.path, url).href })) };
  }
  const links = item.links?.filter((l) => new URL(l.url).pathname !== LANDING_PATH);
  const fallback = links?.find((l) => l.lang === DEFAULT_LOCALE);
  return { ...item, links: links && fallback ? [...links, { lang: 'x-default', url: fallback.url }] : links };
}

/**
 * A public build lets everything be crawled and names the sitemap; a preview
 * build (no SITE_URL, see deploy.ts) disallows everything.
 * @example robotsTxt('https://e.x').includes('Sitemap: https://e.x/sitemap-index.xml')
 * @example robotsTxt('http://localhost:4321', true) === 'User-agent: *\nDisallow: /\n'
 */
export function robotsTxt(siteUrl: URL | string, preview = false): string {
  if (preview) return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, siteUrl).href}\n`;
}

/**
 * When each page last changed, from the content's own dates: an article page
 * by its `updated` date, a claim, article or source page by the newest
 * correction that affects it, whichever is later; every other page by the
 * newest content date of the edition, since it lists or derives from all of
 * it. Content records days, never times, so a rebuild changes nothing.
 * @example lastmodFor(new Map([['/en/articles/a/', '2026-11-25']]), '2026-11-30')('https://e.x/en/articles/a/') === '2026-11-25'
 */
export function lastmodFor(byPath: ReadonlyMap<string, string>, edition: string): (url: string) => string {
  return (url) => byPath.get(new URL(url).pathname) ?? edition;
}

interface DatedArticle {
  id: string;
  locale: Locale;
  data: { updated: string };
}
interface DatedCorrection {
  data: { date: string; claims: readonly string[]; articles: readonly string[]; sources: readonly string[] };
}

/** Each dated page's last change and the edition date, from plain content entries. */
export function contentDates(articles: readonly DatedArticle[], corrections: readonly DatedCorrection[] = []): { byPath: Map<string, string>; edition: string } {
  const byPath = new Map<string, string>();
  const touch = (path: string, day: string) => byPath.set(path, [byPath.get(path) ?? '', day].sort().at(-1)!);
  for (const a of articles) touch(localizedUrl(a.locale, { kind: 'article', id: a.id }), a.data.updated);
  for (const { data: c } of corrections) {
    const routes = [
      ...c.claims.map((id) => ({ kind: 'claim' as const, id })),
      ...c.articles.map((id) => ({ kind: 'article' as const, id })),
      ...c.sources.map((id) => ({ kind: 'source' as const, id })),
    ];
    for (const route of routes) for (const l of LOCALES) touch(localizedUrl(l.code, route), c.date);
  }
  const edition = [...byPath.values()].sort().at(-1) ?? '1970-01-01';
  return { byPath, edition };
}
