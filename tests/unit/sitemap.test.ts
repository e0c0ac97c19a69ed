import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { keepInSitemap, robotsTxt, sitemapEntry, sitemapI18n } from '../../src/lib/sitemap.ts';

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
  it('points at the sitemap index under the site URL', () => {
    expect(robotsTxt('https://ledger.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://ledger.example/sitemap-index.xml\n');
  });
});

describe('sitemapEntry()', () => {
  const link = (path: string, lang: string) => ({ url: `https://e.x${path}`, lang });
  it('keeps the landing page out of every language pair', () => {
    expect(sitemapEntry({ url: 'https://e.x/', links: [link('/', 'en'), link('/en/', 'en'), link('/zh-tw/', 'zh-TW')] }).links).toBeUndefined();
    expect(sitemapEntry({ url: 'https://e.x/en/', links: [link('/', 'en'), link('/en/', 'en'), link('/zh-tw/', 'zh-TW')] }).links).toEqual([
      link('/en/', 'en'),
      link('/zh-tw/', 'zh-TW'),
      link('/en/', 'x-default'),
    ]);
  });
});
