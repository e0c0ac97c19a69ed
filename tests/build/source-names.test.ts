// Readers know sources by name and mark, not by archive number (issue 12):
// on the pages that list, chart, tabulate and compare sources, no source is
// called "Source 003" or "003". The archive number stays in the source's fact
// box (dl.facts) and the open data. Text written by editors (article and
// source prose, assessments, notes, quotes) is left to the content checks.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadPages } from '../helpers/dist.ts';
import { content } from '../helpers/page-kinds.ts';
import { sourceTitle } from '../../src/lib/sources.ts';

const KINDS = [/^\/(en|zh-tw)\/$/, /\/sources\//, /\/claims\/$/, /\/claims\/page\//, /\/compare\//, /\/disagreements\//, /\/tags\//];
const pages = [...loadPages().values()].filter((p) => KINDS.some((k) => k.test(p.url)));

const siteText = (doc: HTMLElement) => {
  const main = doc.querySelector('main')!.clone() as HTMLElement;
  for (const el of main.querySelectorAll('dl.facts, .prose, .assessment, .settle, blockquote, .translation, .note, code, svg desc')) el.remove();
  return main.text;
};

describe('sources by name', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  it('never names a source by its archive number outside the fact box', () => {
    const offences = pages.flatMap((p) => [...siteText(p.doc).matchAll(/.{0,20}(?:Source |來源\s?)?\b00\d\b.{0,20}/g)].map((m) => `${p.url}: …${m[0]}…`));
    expect(offences).toEqual([]);
  });
  it('shows each source’s mark and short name in the matrix header and on compare pages', () => {
    const matrix = pages.find((p) => p.url === '/en/claims/')!;
    const heads = matrix.doc.querySelectorAll('table.matrix thead .src');
    expect(heads.length).toBe(5);
    for (const h of heads) {
      expect(h.querySelector('.chip')!.text).toMatch(/^[A-Z]$/);
      expect(h.querySelector('.src-name')!.text.length).toBeGreaterThan(3);
    }
    const compare = pages.find((p) => p.url.startsWith('/en/compare/'))!;
    expect(compare.doc.querySelector('h1')!.text).toMatch(/^The .+ and the .+ compared$/);
  });
  it('lists a claim’s silent sources, an article’s sources and the search page’s sources by mark and name, each linked, with the full title after', () => {
    const all = [...loadPages().values()];
    const lists = all.flatMap((p) => {
      if (!/^\/(en|zh-tw)\/((claims|articles)\/[^/]+|search)\/$/.test(p.url)) return [];
      return p.doc.querySelectorAll('main ul:has(> li.source-item)').map((ul) => ({ url: p.url, items: ul.querySelectorAll('li') }));
    });
    expect(lists.filter((l) => l.url.includes('/articles/')).length).toBeGreaterThan(5);
    expect(lists.filter((l) => l.url.includes('/claims/')).length).toBeGreaterThan(5);
    expect(lists.filter((l) => l.url.endsWith('/search/')).map((l) => l.items.length)).toEqual([content.sources.length, content.sources.length]);
    for (const { url, items } of lists) {
      const locale = url.startsWith('/zh-tw/') ? 'zh-TW' : 'en';
      for (const li of items) {
        const link = li.querySelector('a.src');
        const id = link?.getAttribute('href')?.match(/\/sources\/([a-z0-9-]+)\/$/)?.[1];
        const source = content.sources.find((s) => s.id === id);
        expect(source, `${url}: ${li.text}`).toBeDefined();
        expect(link!.querySelector('.chip')!.text, url).toBe(source!.data.mark.glyph);
        expect(link!.querySelector('.src-name')!.text, url).toBe(source!.data.shortName[locale]);
        expect(li.querySelector('.muted')!.text.replace(/^\s*·\s*/, ''), `${url}: the title after the name`).toBe(sourceTitle(source!.data, locale));
      }
    }
  });
});
