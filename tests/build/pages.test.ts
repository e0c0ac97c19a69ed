// Asserts on the built dist/: every page kind in both languages, with the
// head a search engine and a reader's browser need.
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { claimAnchor, localizedUrl, sourceAnchor, type Route } from '../../src/lib/urls.ts';
import { loadPages } from '../helpers/dist.ts';
import { sharedClaimPairs } from '../helpers/pairs.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const SITE = 'http://localhost:4321';

const routes: Route[] = [
  { kind: 'home' },
  { kind: 'sources' },
  { kind: 'claims' },
  { kind: 'articles' },
  { kind: 'tags' },
  { kind: 'disagreements' },
  ...sharedClaimPairs(content).map((id) => ({ kind: 'compare' as const, id })),
  { kind: 'search' },
  { kind: 'data' },
  { kind: 'method' },
  { kind: 'corrections' },
  ...content.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
  ...content.claims.map((c) => ({ kind: 'claim' as const, id: c.id })),
  ...[...new Set(content.articles.map((a) => a.id))].map((id) => ({ kind: 'article' as const, id })),
  ...content.tags.map((t) => ({ kind: 'tag' as const, id: t.id })),
];

describe('every page kind exists in both languages', () => {
  it.each(LOCALES.map((l) => l.code))('builds every %s page from the content', (locale) => {
    const missing = routes.map((r) => localizedUrl(locale, r)).filter((u) => !pages.has(u));
    expect(missing).toEqual([]);
    expect(pages.has(`/${LOCALES.find((l) => l.code === locale)!.path}/404/`)).toBe(true);
  });

  it('serves a real landing page at / that links to both editions', () => {
    const landing = pages.get('/')!;
    const hrefs = landing.doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/en/', '/zh-tw/']));
    expect(landing.doc.querySelector('h1')?.text).toBeTruthy();
  });
});

describe('each page’s head', () => {
  for (const route of routes) {
    for (const { code, path } of LOCALES) {
      const url = localizedUrl(code, route);
      it(`${url} has its language, one h1, a title, a description, a canonical and paired hreflang links`, () => {
        const page = pages.get(url)!;
        const d = page.doc;
        expect(d.querySelector('html')?.getAttribute('lang')).toBe(code);
        expect(d.querySelectorAll('h1')).toHaveLength(1);
        expect(d.querySelector('title')?.text.trim()).toBeTruthy();
        expect(d.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
        expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(SITE + url);
        const alternates = Object.fromEntries(d.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
        for (const other of LOCALES) {
          const altUrl = localizedUrl(other.code, route);
          expect(alternates[other.code]).toBe(SITE + altUrl);
          // The pair points back: the counterpart lists this page for this language.
          const back = pages.get(altUrl)!.doc.querySelector(`link[rel="alternate"][hreflang="${code}"]`)?.getAttribute('href');
          expect(back).toBe(SITE + url);
        }
        expect(alternates['x-default']).toBeTruthy();
        expect(path).toBeTruthy();
      });
    }
  }
});

describe('the language switcher', () => {
  it('on every page points at the same page in the other language', () => {
    for (const route of routes) {
      for (const [from, to] of [['en', 'zh-TW'], ['zh-TW', 'en']] as const) {
        const a = pages.get(localizedUrl(from, route))!.doc.querySelector('a[data-lang-switch]');
        expect(a?.getAttribute('href')).toBe(localizedUrl(to, route));
        expect(a?.getAttribute('hreflang')).toBe(to);
      }
    }
  });

  it('ships at most one small inline script (it keeps the #anchor) and no script files, except on the search pages', () => {
    const search = new Set(LOCALES.map((l) => localizedUrl(l.code, { kind: 'search' })));
    for (const page of pages.values()) {
      // JSON-LD is data, not code: it is checked in jsonld.test.ts.
      const scripts = page.doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const files = scripts.filter((s) => s.getAttribute('src'));
      const inline = scripts.filter((s) => !s.getAttribute('src'));
      expect(files.length, page.url).toBe(search.has(page.url) ? 1 : 0);
      expect(inline.length).toBeLessThanOrEqual(1);
      for (const s of inline) expect(Buffer.byteLength(s.text)).toBeLessThan(1024);
    }
  });
});

describe('stable anchors built from ids', () => {
  it('gives each claim a #claim-<id> row on the page of every source that speaks to it', () => {
    for (const claim of content.claims) {
      for (const p of claim.data.positions) {
        for (const { code } of LOCALES) {
          const page = pages.get(localizedUrl(code, { kind: 'source', id: p.source }))!;
          expect(page.doc.querySelector(`tr#${claimAnchor(claim.id)}`), `${claim.id} on ${p.source} (${code})`).not.toBeNull();
        }
      }
    }
  });

  it('gives each source a #source-<id> block on the page of every claim it speaks to, linking back to its row', () => {
    for (const claim of content.claims) {
      for (const p of claim.data.positions) {
        for (const { code } of LOCALES) {
          const block = pages.get(localizedUrl(code, { kind: 'claim', id: claim.id }))!.doc.querySelector(`#${sourceAnchor(p.source)}`);
          expect(block).not.toBeNull();
          const back = localizedUrl(code, { kind: 'source', id: p.source }, claimAnchor(claim.id));
          expect(block!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(back);
        }
      }
    }
  });

  it('shows every verbatim quote on its claim page', () => {
    for (const claim of content.claims) {
      const page = pages.get(localizedUrl('en', { kind: 'claim', id: claim.id }))!;
      for (const p of claim.data.positions) expect(page.doc.querySelector(`#${sourceAnchor(p.source)} blockquote`)?.text).toContain(p.quote);
    }
  });
});
