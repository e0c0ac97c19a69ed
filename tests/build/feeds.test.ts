// The RSS feeds and the sitemap, parsed as a feed reader and a crawler would.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { correctionsFeedUrl, feedUrl, localizedUrl } from '../../src/lib/urls.ts';
import { SITEMAP_INDEX } from '../../src/lib/sitemap.ts';
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
      // The corrections page also offers its own feed.
      const own = page.url === localizedUrl(lang, { kind: 'corrections' }) ? [correctionsFeedUrl(lang)] : [];
      const expected = page.url === '/' ? LOCALES.map((l) => feedUrl(l.code)) : [feedUrl(lang), ...own];
      expect(links.map((l) => l.getAttribute('href')), page.url).toEqual(expected);
      for (const l of links) expect(l.getAttribute('title')).toBeTruthy();
    }
  });
});

describe('the sitemap', () => {
  // robots.txt names the sitemap only in a public build (tests/build/deploy.test.ts).
  const index = xml.parse(read(SITEMAP_INDEX));
  const urls = list(index.sitemapindex.sitemap).flatMap((s: { loc: string }) => list(xml.parse(read(new URL(s.loc).pathname)).urlset.url)) as {
    loc: string;
    lastmod?: string;
    'xhtml:link'?: { '@hreflang': string; '@href': string }[];
  }[];
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('dates every entry from the content: an article by its update, a corrected page by its correction, any other page by the edition\'s newest date', () => {
    const corrections = content.corrections ?? [];
    const corrected = (u: string) =>
      corrections.filter((c) => [...c.data.claims.map((id) => ({ kind: 'claim' as const, id })), ...c.data.articles.map((id) => ({ kind: 'article' as const, id })), ...c.data.sources.map((id) => ({ kind: 'source' as const, id }))]
        .some((r) => LOCALES.some((l) => u === SITE + localizedUrl(l.code, r)))).map((c) => c.data.date);
    const dated = urls.map((u) => {
      const article = content.articles.find((a) => u.loc === SITE + localizedUrl(a.locale, { kind: 'article', id: a.id }));
      return { u, days: [...(article ? [article.data.updated] : []), ...corrected(u.loc)] };
    });
    const edition = dated.flatMap((d) => d.days).sort().at(-1)!;
    for (const { u, days } of dated) expect(u.lastmod?.slice(0, 10), u.loc).toBe(days.length ? days.sort().at(-1) : edition);
  });

  it('gives /, /en/ and /zh-tw/ one hreflang cluster whose x-default is /, as their heads say', () => {
    const homes = ['/', ...LOCALES.map((l) => localizedUrl(l.code, { kind: 'home' }))];
    const cluster = (links: [string, string][]) => Object.fromEntries(links);
    const expected = { ...Object.fromEntries(LOCALES.map((l) => [l.code, SITE + localizedUrl(l.code, { kind: 'home' })])), 'x-default': `${SITE}/` };
    for (const home of homes) {
      const entry = byLoc.get(SITE + home)!;
      expect(cluster(list(entry['xhtml:link']).map((l) => [l['@hreflang'], l['@href']])), home).toEqual(expected);
      const head = pages.get(home)!.doc.querySelectorAll('head link[rel="alternate"][hreflang]');
      expect(cluster(head.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!])), home).toEqual(expected);
    }
  });

  // noindex pages (the not-found pages, the editors' translation status) stay out.
  // (Every page of a preview build carries noindex too: tests/build/deploy.test.ts.)
  const indexable = (u: string) => !u.includes('404') && !u.includes('/translations/');

  it('lists every built page except the noindex ones (not found, translation status)', () => {
    // The translation status list and its numbered pages, if the list runs over more than one.
    const noindex = [...pages.keys()].filter((u) => !indexable(u) && !u.includes('404'));
    expect(noindex.filter((u) => !/^\/(en|zh-tw)\/translations\/(page\/\d+\/)?$/.test(u))).toEqual([]);
    expect(noindex).toEqual(expect.arrayContaining(['/en/translations/', '/zh-tw/translations/']));
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
