// The bilingual landing page and root 404, and the search results, in a real
// browser: axe-core in light and dark, at phone and desktop widths; the
// landing page runs no script; a miss outside both editions gets the
// bilingual 404 with status 404.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';

let harness: Harness;
let browser: Browser;
/** One tab for the axe runs: a new tab is a new renderer process, the costliest step here. */
let tab: Page | undefined;
beforeAll(async () => {
  harness = await openHarness();
  ({ browser } = harness);
});
afterAll(async () => {
  await harness?.close();
});

// The landing page itself is in the tour (helpers/tour.ts); these are the pages it does not visit.
const PAGES = [
  { name: 'root 404', path: '/no-such-page/' },
  // Results are written by the script: their kind labels, badges and source marks are checked too.
  { name: 'en search results', path: '/en/search/?q=Qwen', results: true },
  { name: 'zh-TW search results', path: `/zh-tw/search/?q=${encodeURIComponent('延遲')}`, results: true },
];

describe('axe-core finds 0 violations', () => {
  // Every WCAG rule in light; in dark, the rules a colour scheme can change
  // (helpers/axe.ts). Each page loads once; width and scheme change in place,
  // as in the tour (helpers/tour.ts).
  it.each(PAGES)('on the $name, at 1280 and 390 px, light and dark', async (p) => {
    const page = (tab ??= await browser.newPage({ bypassCSP: true }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(harness.base + p.path);
    if (p.results) await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li .result-kind').length > 0);
    const found: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        found.push(...(await axeViolations(page, scheme === 'light' ? 'wcag' : 'colour')).map((v) => `${p.name}, ${width} px, ${scheme}: ${v}`));
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the landing page and the root 404 in the browser', () => {
  it('the landing page runs no script and its two language choices fit a phone screen side by side or stacked, without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(harness.base + '/');
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Both choices are on the first screen.
    const bottoms = await page.locator('nav.editions a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().bottom));
    expect(bottoms).toHaveLength(2);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(844);
    await context.close();
  });

  it('answers a miss outside both editions with the bilingual 404, status 404', async () => {
    const page = await browser.newPage();
    const res = await page.goto(harness.base + '/no-such-page/');
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1 [lang="en"]').textContent()).toBeTruthy();
    expect(await page.locator('h1 [lang="zh-TW"]').textContent()).toBeTruthy();
    await page.close();
  });
});
