// The weighing rules the page-weight test and the benchmark rely on: each
// must catch what it is meant to catch, or the dist/ test could pass vacuously.
import { describe, expect, it } from 'vitest';
import { budgetFor, BUDGET, isMatrixUrl, weighPage } from '../helpers/page-weight.ts';

const assets: Record<string, string> = {
  '/_astro/site.css': 'body{margin:0}'.repeat(50),
  '/_astro/fonts.css': '@font-face{font-family:X;src:url(/x.woff2)}',
  '/_astro/app.js': 'console.log(1)',
};
const read = (url: string) => (url in assets ? Buffer.from(assets[url]!) : null);
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('weighPage()', () => {
  it('adds the gzipped size of each linked stylesheet to the page', () => {
    const w = weighPage(page('<link rel="stylesheet" href="/_astro/site.css">'), read);
    expect(w.cssGz).toBeGreaterThan(0);
    expect(w.htmlGz).toBeGreaterThan(0);
    expect(weighPage(page(''), read).cssGz).toBe(0);
  });

  it('counts external, inline and module scripts and inline handlers as JavaScript', () => {
    expect(weighPage(page('<script src="/_astro/app.js"></script>'), read).jsBytes).toBe(14);
    expect(weighPage(page('<script type="module">let a=1</script>'), read).jsBytes).toBe(7);
    expect(weighPage(page('', '<button onclick="go()">x</button>'), read).jsBytes).toBe(4);
    expect(weighPage(page('<link rel="modulepreload" href="/_astro/app.js">'), read).jsBytes).toBe(14);
  });

  it('does not count JSON-LD data or the language-switcher snippet', () => {
    const html = page('<script type="application/ld+json">{"@type":"Article"}</script>', "<script>document.addEventListener('click',function(e){var a=e.target.closest('a[data-lang-switch]')})</script>");
    expect(weighPage(html, read).jsBytes).toBe(0);
  });

  it('finds web fonts in linked CSS, inline styles and font links', () => {
    expect(weighPage(page('<link rel="stylesheet" href="/_astro/fonts.css">'), read).fonts).toContain('@font-face');
    expect(weighPage(page('<style>@font-face{font-family:Y}</style>'), read).fonts).toContain('@font-face');
    expect(weighPage(page('<link rel="preload" as="font" href="/f.woff2">'), read).fonts).toEqual(['/f.woff2']);
    expect(weighPage(page('<link rel="stylesheet" href="/_astro/site.css">'), read).fonts).toEqual([]);
  });

  it('lists images without both width and height', () => {
    const w = weighPage(page('', '<img src="/a.png" width="10" height="10"><img src="/b.png" width="10"><img src="/c.png">'), read);
    expect(w.unsizedImages).toEqual(['/b.png', '/c.png']);
  });
});

describe('budgetFor()', () => {
  it('gives the matrix and its numbered pages the larger budget, every other page the smaller', () => {
    expect(isMatrixUrl('/zh-tw/claims/page/3/')).toBe(true);
    expect(budgetFor('/en/claims/')).toBe(BUDGET.matrix);
    expect(budgetFor('/en/claims/release-window/')).toBe(BUDGET.page);
    expect(budgetFor('/en/')).toBe(BUDGET.page);
  });
});
