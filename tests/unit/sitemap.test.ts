import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { contentDates, keepInSitemap, lastmodFor, robotsTxt, sitemapEntry, sitemapI18n } from '../../src/lib/sitemap.ts';

describe('sitemapI18n()', () => {
  it('maps every URL segment of the registry to its language tag', () => {
    const { defaultLocale, locales } = sitemapI18n();
    expect(defaultLocale).toBe('en');
    expect(locales).toEqual(Object.fromEntries(LOCALES.map((l) => [l.path, l.code])));
  });
});

describe('keepInSitemap()', () => {
  it('drops the not-found pages and keeps the rest', () => {
    expect(keepInSitemap('https://e.x/404/')).toBe(false);
    expect(keepInSitemap('https://e.x/404.html')).toBe(false);
    expect(keepInSitemap('https://e.x/zh-tw/404/')).toBe(false);
    expect(keepInSitemap('https://e.x/en/claims/x-404/')).toBe(true);
    expect(keepInSitemap('https://e.x/en/')).toBe(true);
  });

  it('drops the editors’ translation-status pages (noindex)', () => {
    expect(keepInSitemap('https://e.x/en/translations/')).toBe(false);
    expect(keepInSitemap('https://e.x/zh-tw/translations/')).toBe(false);
    expect(keepInSitemap('https://e.x/en/articles/translations/')).toBe(true);
  });
});

describe('robotsTxt()', () => {
  it('points a public build\'s crawlers at the sitemap index under the site URL', () => {
    expect(robotsTxt('https://ledger.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://ledger.example/sitemap-index.xml\n');
  });
  it('turns every crawler away from a preview build', () => {
    expect(robotsTxt('http://localhost:4321', true)).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('contentDates() and lastmodFor()', () => {
  const articles = [
    { id: 'a', locale: 'en' as const, data: { updated: '2026-11-20' } },
    { id: 'a', locale: 'zh-TW' as const, data: { updated: '2026-11-25' } },
  ];
  it('dates an article page by its own update and every other page by the newest content date', () => {
    const { byPath, edition } = contentDates(articles);
    const lastmod = lastmodFor(byPath, edition);
    expect(lastmod('https://e.x/en/articles/a/')).toBe('2026-11-20');
    expect(lastmod('https://e.x/zh-tw/articles/a/')).toBe('2026-11-25');
    expect(lastmod('https://e.x/en/claims/')).toBe('2026-11-25');
  });
  it('dates a page a correction affects by the correction, when that is later, in both languages', () => {
    const corrections = [{ data: { date: '2026-12-02', claims: ['c'], articles: ['a'], sources: [] } }];
    const { byPath, edition } = contentDates(articles, corrections);
    const lastmod = lastmodFor(byPath, edition);
    expect(lastmod('https://e.x/zh-tw/claims/c/')).toBe('2026-12-02');
    expect(lastmod('https://e.x/en/articles/a/')).toBe('2026-12-02');
    expect(lastmod('https://e.x/en/sources/')).toBe('2026-12-02');
  });
});

describe('sitemapEntry()', () => {
  const link = (path: string, lang: string) => ({ url: `https://e.x${path}`, lang });
  const homeCluster = [link('/en/', 'en'), link('/zh-tw/', 'zh-TW'), link('/', 'x-default')];
  it('gives the landing page and both home pages one cluster, whose x-default is the landing page', () => {
    const read = [link('/', 'en'), link('/en/', 'en'), link('/zh-tw/', 'zh-TW')];
    for (const url of ['https://e.x/', 'https://e.x/en/', 'https://e.x/zh-tw/']) expect(sitemapEntry({ url, links: read }).links).toEqual(homeCluster);
  });
  it('pairs any other page with its counterpart and the default locale as x-default', () => {
    const read = [link('/en/claims/', 'en'), link('/zh-tw/claims/', 'zh-TW')];
    expect(sitemapEntry({ url: 'https://e.x/zh-tw/claims/', links: read }).links).toEqual([...read, link('/en/claims/', 'x-default')]);
  });
});
