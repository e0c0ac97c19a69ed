// Translation status in the built site: each page carries the notice exactly
// when the status module says its version is behind (for the commit dist/ was
// built from), and the editors' status pages list every pair, unindexed,
// those needing attention first, a bounded number a page (issue 12).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/index.ts';
import { readTranslationStatus } from '../../src/lib/git-history.ts';
import type { HTMLElement } from 'node-html-parser';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { TRANSLATION_PAGE_SIZE } from '../../src/lib/derive.ts';
import { fmt } from '../../src/lib/format.ts';
import { noticeView } from '../../src/lib/translation-notice.ts';
import { translationPairs } from '../../src/lib/translation-status.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const pages = loadPages();
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`${url} is not in dist/`);
  return p;
};
const ids = (folder: string) => fs.readdirSync(path.join(contentDir(), folder));
const { status } = readTranslationStatus(contentDir(), translationPairs({ articles: ids('articles'), sources: ids('sources') }));

describe('translation notices', () => {
  it.each(LOCALES.map((l) => l.code))('appear on a %s page exactly when its version is behind, with the date and a link to the newer one', (locale) => {
    for (const pair of status) {
      const p = page(localizedUrl(locale, { kind: pair.kind, id: pair.id }));
      const notice = p.doc.querySelector('[data-translation-notice]');
      const view = noticeView(pair.status, locale, pair.kind, pair.id);
      if (!view) {
        expect(notice, `${p.url} (${pair.status.state})`).toBeNull();
        continue;
      }
      expect(notice?.getAttribute('data-translation-notice'), p.url).toBe(view.date);
      // Both sides with spaces folded: the date keeps its no-break spaces, which \s also matches.
      expect(notice!.text.replace(/\s+/g, ' ')).toContain(view.text.replace(/\s+/g, ' '));
      expect(notice!.querySelector('a')!.getAttribute('href')).toBe(view.href);
    }
  });
});

describe('the translation status pages', () => {
  // The list reads from page 1 on, following each pager's "next" link, as an
  // editor does: every pair must be reachable that way, whatever the size.
  const walk = (locale: Locale) => {
    const seen = [page(localizedUrl(locale, { kind: 'translations' }))];
    for (let next = nextHref(seen[0]!); next; next = nextHref(seen.at(-1)!)) {
      if (seen.length > 1000) throw new Error('the pager never ends');
      seen.push(page(next));
    }
    return seen;
  };
  const nextHref = (p: { doc: HTMLElement }) => p.doc.querySelector('nav.pager a[rel="next"]')?.getAttribute('href');
  const rowsOf = (p: { doc: HTMLElement }) => p.doc.querySelectorAll('tr[data-pair]').map((r) => [r.getAttribute('data-pair'), r.getAttribute('data-state')]);
  // Pairs that need a translator first, then those history cannot judge, then those in step; kind and id order within each.
  const expected = (['behind', 'unknown', 'current'] as const).flatMap((state) => status.filter((s) => s.status.state === state).map((s) => [`${s.kind}:${s.id}`, state]));

  it.each(LOCALES.map((l) => l.code))('%s: list every pair once with its state, those needing attention first', (locale) => {
    expect(walk(locale).flatMap(rowsOf)).toEqual(expected);
  });

  it.each(LOCALES.map((l) => l.code))(`%s: hold at most ${TRANSLATION_PAGE_SIZE} pairs a page, numbered pages linked both ways, and no page past the last`, (locale) => {
    const seen = walk(locale);
    const other = LOCALES.find((l) => l.code !== locale)!.code;
    expect(seen).toHaveLength(Math.max(1, Math.ceil(status.length / TRANSLATION_PAGE_SIZE)));
    seen.forEach((p, i) => {
      const n = i + 1;
      const route = { kind: 'translations', page: n } as const;
      expect(p.url).toBe(localizedUrl(locale, route));
      expect(rowsOf(p).length).toBeLessThanOrEqual(TRANSLATION_PAGE_SIZE);
      expect(p.doc.querySelector('a[data-lang-switch]')?.getAttribute('href'), p.url).toBe(localizedUrl(other, route));
      const pager = p.doc.querySelector('nav.pager');
      if (seen.length === 1) return expect(pager, p.url).toBeNull();
      expect(pager?.querySelector('a[aria-current="page"]')?.getAttribute('href'), p.url).toBe(p.url);
      expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, p.url).toBe(n > 1 ? localizedUrl(locale, { ...route, page: n - 1 }) : null);
      expect(p.doc.querySelector('title')!.text, p.url).toContain(n > 1 ? fmt(useStrings(locale).pager.title, { title: useStrings(locale).translation.title, n, pages: seen.length }) : useStrings(locale).translation.title);
    });
    expect(pages.has(localizedUrl(locale, { kind: 'translations', page: seen.length + 1 }))).toBe(false);
  });

  it.each(LOCALES.map((l) => l.code))('%s: stay out of search and the sitemap, every page of them', (locale) => {
    const sitemaps = fs.readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const xml = sitemaps.map((f) => fs.readFileSync(path.join(DIST, f), 'utf8')).join('\n');
    for (const p of walk(locale)) {
      expect(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content'), p.url).toBe('noindex');
      expect(p.doc.querySelector('[data-pagefind-body]'), p.url).toBeNull();
      expect(xml).not.toContain(p.url);
    }
    // Linked for editors from the data page.
    const url = localizedUrl(locale, { kind: 'translations' });
    expect(page(localizedUrl(locale, { kind: 'data' })).doc.querySelector(`a[href="${url}"]`)).not.toBeNull();
  });
});
