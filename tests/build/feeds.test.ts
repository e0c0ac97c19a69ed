// The RSS feeds and the sitemap, parsed as a feed reader and a crawler would.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { feedUrl, localizedUrl } from '../../src/lib/urls.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const SITE = 'http://localhost:4321';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const read = (url: string) => fs.readFileSync(path.join(DIST, url), 'utf8');
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('the RSS feeds', () => {
  for (const { code, path: lp } of LOCALES) {
    it(`${feedUrl(code)} is RSS 2.0 in ${code} and lists every ${code} article`, () => {
      const rss = xml.parse(read(feedUrl(code))).rss;
      expect(rss['@version']).toBe('2.0');
      const channel = rss.channel;
      expect(channel.title).toBeTruthy();
      expect(channel.description).toBeTruthy();
      expect(channel.link).toBe(SITE + localizedUrl(code, { kind: 'home' }));
      expect(channel.language).toBe(code.toLowerCase());
      const articles = content.articles.filter((a) => a.locale === code);
      const items = list(channel.item) as { title: string; link: string; pubDate: string; description: string }[];
      expect(items.map((i) => i.link).sort()).toEqual(articles.map((a) => SITE + localizedUrl(code, { kind: 'article', id: a.id })).sort());
      for (const item of items) {
        const article = articles.find((a) => item.link.endsWith(`/${lp}/articles/${a.id}/`))!;
        expect(String(item.title)).toBe(article.data.title);
        expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(article.data.published);
        expect(item.description).toBeTruthy();
      }
    });
  }

  it('is linked from the head of every page, in the page’s language (both from the bilingual landing page)', () => {
    for (const page of pages.values()) {
      const lang = page.doc.querySelector('html')!.getAttribute('lang') as (typeof LOCALES)[number]['code'];
      const links = page.doc.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]');
      const expected = page.url === '/' ? LOCALES.map((l) => feedUrl(l.code)) : [feedUrl(lang)];
      expect(links.map((l) => l.getAttribute('href')), page.url).toEqual(expected);
      for (const l of links) expect(l.getAttribute('title')).toBeTruthy();
    }
  });
});

describe('the sitemap and robots.txt', () => {
  const robots = read('robots.txt');
  const indexUrl = robots.match(/^Sitemap: (.+)$/m)?.[1];
  const index = xml.parse(read(new URL(indexUrl!).pathname));
  const urls = list(index.sitemapindex.sitemap).flatMap((s: { loc: string }) => list(xml.parse(read(new URL(s.loc).pathname)).urlset.url)) as {
    loc: string;
    'xhtml:link'?: { '@hreflang': string; '@href': string }[];
  }[];
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('robots.txt points at the sitemap index under the site URL', () => {
    expect(indexUrl).toBe(`${SITE}/sitemap-index.xml`);
  });

  // noindex pages (the not-found pages, the editors' translation status) stay out.
  const indexable = (u: string) => !u.includes('404') && pages.get(u)!.doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex';

  it('lists every built page except the noindex ones (not found, translation status)', () => {
    expect([...pages.keys()].filter((u) => !indexable(u) && !u.includes('404'))).toEqual(['/en/translations/', '/zh-tw/translations/']);
    const expected = [...pages.keys()].filter(indexable).map((u) => SITE + u);
    expect([...byLoc.keys()].sort()).toEqual(expected.sort());
  });

  it('pairs every page with its counterpart in each language (hreflang), and x-default', () => {
    for (const { code } of LOCALES) {
      for (const url of [...pages.keys()].filter((u) => u.startsWith(`/${LOCALES.find((l) => l.code === code)!.path}/`) && indexable(u))) {
        const links = Object.fromEntries(list(byLoc.get(SITE + url)?.['xhtml:link']).map((l) => [l['@hreflang'], l['@href']]));
        const head = pages.get(url)!.doc;
        for (const other of LOCALES) {
          expect(links[other.code], `${url} → ${other.code}`).toBe(head.querySelector(`link[rel="alternate"][hreflang="${other.code}"]`)?.getAttribute('href'));
        }
        expect(links['x-default']).toBe(head.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href'));
      }
    }
  });
});
