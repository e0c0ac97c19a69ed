// The search index and the search pages as built: Pagefind bundles per
// language and shard, holding the item pages (articles, sources, claims, topics, the
// dataset) and no lists; the script on the search pages alone; and a plain
// list of links for readers without JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { BROWSE_ALL_CAP } from '../../src/lib/browse.ts';
import { localizedUrl, searchBundleUrl, type Route } from '../../src/lib/urls.ts';
import { SEARCH_SHARDS } from '../../src/lib/search-scope.ts';
import { RESULT_KINDS } from '../../src/lib/search-meta.ts';
import { claimStatus } from '../../src/lib/derive.ts';
import { DIST, indexedText, loadPages, targetOf } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const entryOf = (code: (typeof LOCALES)[number]['code'], shard: string) => JSON.parse(fs.readFileSync(path.join(DIST, searchBundleUrl(code, shard), 'pagefind-entry.json'), 'utf8'));
const langOf = (url: string) => pages.get(url)!.doc.querySelector('html')!.getAttribute('lang');
/** What a reader can look up, per language: worked out from the content, not from the pages. */
const items = (code: (typeof LOCALES)[number]['code']): Route[] => [
  ...content.articles.filter((a) => a.locale === code).map((a) => ({ kind: 'article' as const, id: a.id })),
  ...content.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
  ...content.claims.map((c) => ({ kind: 'claim' as const, id: c.id })),
  ...content.tags.map((t) => ({ kind: 'tag' as const, id: t.id })),
  { kind: 'data' },
  { kind: 'method' },
];

describe('the search index', () => {
  it('is written in shards per language, each holding its language alone, counting exactly the pages of its kinds marked for indexing', () => {
    for (const { code } of LOCALES) {
      const marked = [...pages.values()].filter((p) => langOf(p.url) === code && p.doc.querySelector('[data-pagefind-body]'));
      let total = 0;
      for (const shard of SEARCH_SHARDS) {
        const entry = entryOf(code, shard.id);
        expect(Object.keys(entry.languages)).toEqual([code.toLowerCase()]);
        const mine = items(code).filter((r) => (shard.kinds as readonly string[]).includes(r.kind));
        expect(entry.languages[code.toLowerCase()].page_count, `${code} ${shard.id}`).toBe(mine.length);
        total += mine.length;
      }
      expect(total).toBe(marked.length);
    }
  });

  it('holds every article, source, claim and topic, the dataset and the method page, and no list page', () => {
    for (const { code } of LOCALES) {
      const expected = items(code).map((r) => localizedUrl(code, r)).sort();
      const indexed = [...pages.values()].filter((p) => langOf(p.url) === code && indexedText(p) !== null).map((p) => p.url).sort();
      expect(indexed).toEqual(expected);
    }
    for (const list of ['/en/', '/en/claims/', '/en/disagreements/', '/en/sources/', '/en/articles/', '/en/tags/', '/en/search/', '/zh-tw/claims/', '/404.html', '/', '/en/corrections/']) {
      expect(pages.get(list)!.doc.querySelector('[data-pagefind-body]'), list).toBeNull();
    }
  });

  it('indexes only <main>', () => {
    for (const page of pages.values()) {
      const bodies = page.doc.querySelectorAll('[data-pagefind-body]');
      expect(bodies.length === 0 || (bodies.length === 1 && bodies[0]!.tagName === 'MAIN'), page.url).toBe(true);
    }
  });

  it('indexes what a page says, not the parts that point elsewhere (related lists, a source\'s claims table, the citation line)', () => {
    for (const { code } of LOCALES) {
      const t = useStrings(code);
      for (const claim of content.claims) {
        const text = indexedText(pages.get(localizedUrl(code, { kind: 'claim', id: claim.id }))!)!;
        expect(text).toContain(claim.data.statement[code]);
        for (const p of claim.data.positions) expect(text, `${claim.id} ${p.source}`).toContain(p.quote.slice(0, 20));
        expect(text).not.toContain(t.cite.heading);
        expect(text).not.toContain(t.claim.silentSources);
        expect(text).not.toContain(t.statusHelp[claimStatus(claim.data.positions)]);
      }
      for (const source of content.sources) {
        const page = pages.get(localizedUrl(code, { kind: 'source', id: source.id }))!;
        const text = indexedText(page)!;
        expect(text).toContain(source.data.title.published);
        expect(page.doc.querySelector('main table.source-claims'), source.id).not.toBeNull();
        expect(text).not.toContain(t.source.claimsHeading);
        expect(text).not.toContain(t.source.metadata);
        expect(text).not.toContain(t.cite.heading);
      }
      for (const tag of content.tags) {
        const text = indexedText(pages.get(localizedUrl(code, { kind: 'tag', id: tag.id }))!)!;
        expect(text).toContain(tag.data.description[code]);
        for (const claim of content.claims.filter((c) => c.data.tags.includes(tag.id))) expect(text, `${tag.id} lists ${claim.id}`).not.toContain(claim.data.statement[code]);
      }
    }
  });
});

describe('what a result says it is (Pagefind meta on <main>)', () => {
  /** The meta Pagefind records for a page: each key of data-pagefind-meta, read from the attribute it names. */
  const metaOf = (url: string) => {
    const main = pages.get(url)!.doc.querySelector('main[data-pagefind-body]')!;
    return Object.fromEntries(
      (main.getAttribute('data-pagefind-meta') ?? '').split(',').map((f) => {
        const [, key, attr] = /^\s*(\w+)\[([\w-]+)\]\s*$/.exec(f)!;
        return [key!, main.getAttribute(attr!)];
      }),
    );
  };

  it('labels every indexed page with its kind: article, claim, source, topic or page', () => {
    for (const { code } of LOCALES) {
      for (const r of items(code)) {
        const meta = metaOf(localizedUrl(code, r));
        expect(RESULT_KINDS).toContain(meta.kind);
        expect(meta.kind, localizedUrl(code, r)).toBe(r.kind === 'data' || r.kind === 'method' ? 'page' : r.kind);
      }
    }
  });

  it('gives a claim its verdict when it has one, and always its status', () => {
    for (const { code } of LOCALES) {
      for (const claim of content.claims) {
        const meta = metaOf(localizedUrl(code, { kind: 'claim', id: claim.id }));
        expect(meta.status, claim.id).toBe(claimStatus(claim.data.positions));
        expect(meta.verdict, claim.id).toBe(claim.data.verdict?.label);
      }
    }
  });

  it('gives a source its short name in the page’s language and its mark, never its archive number', () => {
    for (const { code } of LOCALES) {
      for (const source of content.sources) {
        const meta = metaOf(localizedUrl(code, { kind: 'source', id: source.id }));
        expect(meta).toEqual({ kind: 'source', name: source.data.shortName[code], glyph: source.data.mark.glyph, color: source.data.mark.color });
      }
    }
  });

  it('keeps the chrome out of excerpts: no stance or status badges, kind labels, field names or source numbers in the indexed text', () => {
    for (const { code } of LOCALES) {
      const t = useStrings(code);
      // Labels, and the English badges (a Chinese stance word such as 支持 is also plain prose).
      const chrome = [...Object.values(t.status), t.claim.statusLabel + t.punct.colon, t.claim.value + t.punct.colon, t.claim.note + t.punct.colon, t.claim.translation, ...(code === 'en' ? [...Object.values(t.stance), ...Object.values(t.claimKind)] : [])];
      for (const claim of content.claims) {
        const text = indexedText(pages.get(localizedUrl(code, { kind: 'claim', id: claim.id }))!)!;
        expect(chrome.filter((c) => text.includes(c)), claim.id).toEqual([]);
        expect(text, claim.id).not.toMatch(/(Source|來源) 00\d/);
      }
    }
  });
});

describe('the search pages', () => {
  for (const { code } of LOCALES) {
    const url = localizedUrl(code, { kind: 'search' });
    const doc = () => pages.get(url)!.doc;

    it(`${url} loads the one search script, as a file`, () => {
      const scripts = doc().querySelectorAll('script[src]');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.getAttribute('type')).toBe('module');
      expect(targetOf(scripts[0]!.getAttribute('src')!)).not.toBeNull();
      expect(doc().querySelectorAll('[onclick], [oninput], [onsubmit], [onload]')).toEqual([]);
    });

    it(`${url} takes its interface strings from the ${code} dictionary`, () => {
      const t = useStrings(code).search;
      const form = doc().querySelector('form[data-search]')!;
      expect(form.getAttribute('data-none')).toBe(t.none);
      expect(form.getAttribute('data-other')).toBe(t.results.other);
      expect(form.querySelector('label')!.text).toBe(t.label);
      expect(form.querySelector('input')!.getAttribute('placeholder')).toBe(t.placeholder);
      // Shown from the first paint, so a reader can type before the script has loaded
      // (without JS, CSS hides it: tests/e2e/search.test.ts).
      expect(form.hasAttribute('hidden')).toBe(false);
      const labels = JSON.parse(form.getAttribute('data-labels')!);
      expect(labels.kinds).toEqual(t.kinds);
      expect(labels.verdicts).toEqual(useStrings(code).verdictLabel);
      expect(labels.statuses).toEqual(useStrings(code).status);
    });

    it(`${url} lists every article, source, claim and topic as a plain link (works without JS)`, () => {
      const hrefs = new Set(doc().querySelectorAll('section.browse a').map((a) => a.getAttribute('href')));
      const routes = items(code).filter((r) => r.kind !== 'data' && r.kind !== 'method');
      // The real site is small enough to list everything; past the cap the page links to the lists (unit-tested in browse.test.ts).
      expect(routes.length).toBeLessThanOrEqual(BROWSE_ALL_CAP);
      expect(routes.map((r) => localizedUrl(code, r)).filter((u) => !hrefs.has(u))).toEqual([]);
    });
  }

  it('is in the main navigation of every page', () => {
    for (const page of pages.values()) {
      const lang = langOf(page.url);
      if (page.url === '/' || !lang) continue;
      const code = LOCALES.find((l) => l.code === lang)!.code;
      const link = page.doc.querySelectorAll('nav.primary a').find((a) => a.getAttribute('href') === localizedUrl(code, { kind: 'search' }));
      expect(link?.text, page.url).toBe(useStrings(code).nav.search);
    }
  });
});
