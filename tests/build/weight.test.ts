// Page weight on the built dist/ (issue 7): what a reader on a phone
// downloads for each page. Budgets are gzipped HTML plus the CSS it links.
import { describe, expect, it } from 'vitest';
import { BUDGET, assetReader, budgetFor, isMatrixUrl, isSearchUrl, weighPage } from '../helpers/page-weight.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const pages = [...loadPages().values()];
const read = assetReader(DIST);
const weights = pages.map((p) => ({ url: p.url, ...weighPage(p.html, read) }));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('page weight of the built site', () => {
  it('weighs every page, the matrix among them, with its stylesheet', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(weights.some((w) => isMatrixUrl(w.url))).toBe(true);
    // A page with no CSS would pass any budget for the wrong reason.
    expect(weights.filter((w) => w.cssGz === 0 && !w.url.endsWith('.html'))).toEqual([]);
  });

  it(`keeps every page within ${kb(BUDGET.page)} gzipped HTML + CSS, the claims matrix within ${kb(BUDGET.matrix)}`, () => {
    const over = weights.filter((w) => w.htmlGz + w.cssGz > budgetFor(w.url)).map((w) => `${w.url}: ${kb(w.htmlGz + w.cssGz)} > ${kb(budgetFor(w.url))}`);
    expect(over).toEqual([]);
  });

  it('ships no JavaScript except on search pages (the inline language-switcher snippet aside)', () => {
    const withJs = weights.filter((w) => w.jsBytes > 0 && !isSearchUrl(w.url)).map((w) => `${w.url}: ${w.jsBytes} bytes`);
    expect(withJs).toEqual([]);
  });

  it('loads no web fonts: system font stacks only', () => {
    const withFonts = weights.filter((w) => w.fonts.length > 0).map((w) => `${w.url}: ${w.fonts.join(', ')}`);
    expect(withFonts).toEqual([]);
  });

  it('gives every image its width and height, so nothing shifts while it loads', () => {
    const unsized = weights.flatMap((w) => w.unsizedImages.map((src) => `${w.url}: ${src}`));
    expect(unsized).toEqual([]);
  });
});

describe('where pages link their stylesheets (src/lib/stylesheets.ts)', () => {
  it('links every stylesheet first thing in the body, none in the head, so nothing paints unstyled', () => {
    const misplaced = pages.filter((p) => {
      const head = p.html.slice(0, p.html.indexOf('</head>'));
      const body = p.html.slice(p.html.indexOf('</head>'));
      const top = /<body[^>]*>((?:<link rel="stylesheet"[^>]*>)+)/.exec(body);
      const all = body.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
      return /rel="stylesheet"/.test(head) || !top || top[1] !== all.join('');
    });
    expect(misplaced.map((p) => p.url)).toEqual([]);
  });
});
