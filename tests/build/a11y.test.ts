// Structural accessibility on every built page (the browser suite runs axe
// on one page per kind; these hold for all of them): captioned tables with
// scoped headers, stances in words, and a skip link to the main content.
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES, useStrings } from '../../src/i18n/index.ts';
import { loadPages } from '../helpers/dist.ts';

const pages = [...loadPages().values()];

describe('tables', () => {
  it('every table on every page has a caption and every header cell a scope', () => {
    const faults: string[] = [];
    let tables = 0;
    for (const page of pages) {
      for (const table of page.doc.querySelectorAll('table')) {
        tables++;
        if (!table.querySelector('caption')?.text.trim()) faults.push(`${page.url}: a table without a caption`);
        for (const th of table.querySelectorAll('th')) {
          if (!['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope') ?? '')) faults.push(`${page.url}: <th> “${th.text.trim()}” without scope`);
        }
      }
    }
    console.log(`tables: ${tables} checked on ${pages.length} pages`);
    expect(tables).toBeGreaterThan(0);
    expect(faults).toEqual([]);
  });

  it('a table wider than a phone sits in a focusable, labelled scroll container', () => {
    const inBox = (box: HTMLElement | null) => !!box?.classList.contains('table-scroll') && box.getAttribute('tabindex') === '0' && !!box.getAttribute('aria-labelledby');
    const bare = pages.flatMap((p) => p.doc.querySelectorAll('table').filter((t) => !inBox(t.parentNode)).map(() => p.url));
    expect(bare).toEqual([]);
  });
});

describe('stances', () => {
  it('are always written out, never a coloured mark alone', () => {
    const words = new Set(LOCALES.flatMap((l) => Object.values(useStrings(l.code).stance)));
    const badges = pages.flatMap((p) => p.doc.querySelectorAll('[class*="stance-"]').map((b) => ({ url: p.url, text: b.text.trim() })));
    expect(badges.length).toBeGreaterThan(100);
    expect(badges.filter((b) => !words.has(b.text))).toEqual([]);
  });
});

describe('the skip link', () => {
  it('is the first link on every reading page and points at the focusable <main>', () => {
    const faults = pages
      .filter((p) => p.url !== '/') // the landing page has no header to skip
      .filter((p) => {
        const first = p.doc.querySelector('body a');
        const main = p.doc.querySelector('main#main');
        return first?.getAttribute('href') !== '#main' || !first.classList.contains('skip') || main?.getAttribute('tabindex') !== '-1';
      })
      .map((p) => p.url);
    expect(faults).toEqual([]);
  });
});
