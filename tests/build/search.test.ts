// The search index and the search pages as built: one Pagefind index per
// language over the main content only, the script on the search pages alone,
// and a plain list of links for readers without JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { BROWSE_ALL_CAP } from '../../src/lib/browse.ts';
import { PAGEFIND_BUNDLE, localizedUrl, type Route } from '../../src/lib/urls.ts';
import { DIST, loadPages, targetOf } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const entry = JSON.parse(fs.readFileSync(path.join(DIST, PAGEFIND_BUNDLE, 'pagefind-entry.json'), 'utf8'));
const langOf = (url: string) => pages.get(url)!.doc.querySelector('html')!.getAttribute('lang');

describe('the search index', () => {
  it('has one index per language, counting exactly the pages marked for indexing', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => l.code.toLowerCase()).sort());
    for (const { code } of LOCALES) {
      const marked = [...pages.values()].filter((p) => langOf(p.url) === code && p.doc.querySelector('[data-pagefind-body]'));
      expect(entry.languages[code.toLowerCase()].page_count).toBe(marked.length);
      expect(marked.length).toBeGreaterThan(content.claims.length);
    }
  });

  it('indexes only <main>, and leaves out the search, not-found and pair-comparison pages', () => {
    for (const page of pages.values()) {
      const bodies = page.doc.querySelectorAll('[data-pagefind-body]');
      const excluded = page.url.includes('/search/') || page.url.includes('404') || page.url.includes('/compare/') || page.url === '/';
      expect(bodies.map((b) => b.tagName), page.url).toEqual(excluded ? [] : ['MAIN']);
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
      // Hidden until the script runs: without JS there is no dead form.
      expect(form.hasAttribute('hidden')).toBe(true);
    });

    it(`${url} lists every article, source, claim and topic as a plain link (works without JS)`, () => {
      const hrefs = new Set(doc().querySelectorAll('section.browse a').map((a) => a.getAttribute('href')));
      const routes: Route[] = [
        ...content.articles.filter((a) => a.locale === code).map((a) => ({ kind: 'article' as const, id: a.id })),
        ...content.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
        ...content.claims.map((c) => ({ kind: 'claim' as const, id: c.id })),
        ...content.tags.map((t) => ({ kind: 'tag' as const, id: t.id })),
      ];
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
