// At phone width (390 px) the site must not scroll sideways: the claims
// matrix scrolls inside its own container, and its claim column stays in
// view while the source columns slide under it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { pageKindUrls } from '../helpers/page-kinds.ts';

const WIDTH = 390;
let site: Harness;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await openHarness();
  ({ browser } = site);
  page = await browser.newPage({ viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await site?.close();
});

const pageWidth = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));

describe(`the claims matrix at ${WIDTH} px`, () => {
  it.each(LOCALES.map((l) => l.code))('does not widen the page, and scrolls inside its own container (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, { kind: 'claims' }));
    const { scroll, viewport } = await pageWidth();
    expect(viewport).toBe(WIDTH);
    expect(scroll).toBeLessThanOrEqual(viewport);
    const box = await page.locator('.table-scroll').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
    expect(box.overflowX).toBe('auto');
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  });

  it.each(LOCALES.map((l) => l.code))('keeps the claim column in view after scrolling the table sideways (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, { kind: 'claims' }));
    const container = page.locator('.table-scroll');
    const claimCell = page.locator('table.matrix tbody th[scope="row"]').first();
    const sourceCell = page.locator('table.matrix tbody tr:has(td)').first().locator('td').first();
    const before = { claim: (await claimCell.boundingBox())!, source: (await sourceCell.boundingBox())! };

    const scrolled = await container.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      return el.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(200);
    const after = { claim: (await claimCell.boundingBox())!, source: (await sourceCell.boundingBox())!, box: (await container.boundingBox())! };

    // The source cells moved left with the scroll; the claim cell did not.
    expect(after.source.x).toBeLessThan(before.source.x - 200);
    expect(after.claim.x).toBeCloseTo(before.claim.x, 0);
    expect(after.claim.x).toBeGreaterThanOrEqual(after.box.x);
    // And it is the top-most thing there: a reader sees the claim, not a cell sliding under it.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.getAttribute('scope'), { x: after.claim.x + 8, y: after.claim.y + 8 });
    expect(hit).toBe('row');
    // The page itself still does not scroll sideways.
    const { scroll, viewport } = await pageWidth();
    expect(scroll).toBeLessThanOrEqual(viewport);
  });
});

describe(`a source's claims at ${WIDTH} px`, () => {
  it.each(LOCALES.map((l) => l.code))('stack one card per claim, every quote on screen, and stay a table for screen readers (%s)', async (locale) => {
    const id = 'open-to-closed-analysis';
    await page.goto(site.base + localizedUrl(locale, { kind: 'source', id }));
    const rows = page.locator('table.source-claims tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    // Nothing to scroll sideways: the container is as wide as its content.
    const box = await page.locator('.table-scroll:has(table.source-claims)').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const claim = (await row.locator('th[scope="row"]').boundingBox())!;
      const quote = (await row.locator('td').last().boundingBox())!;
      // The quote sits below its claim, within the screen, not off to the right.
      expect(quote.y).toBeGreaterThan(claim.y);
      expect(quote.x + quote.width).toBeLessThanOrEqual(WIDTH);
    }
    // Once its display changes, Safari reads a table as plain text unless ARIA roles restate it.
    const roles = await page.locator('table.source-claims').evaluate((t) => ({
      table: t.getAttribute('role'),
      rows: [...t.querySelectorAll('tr')].map((r) => r.getAttribute('role')),
      cells: [...t.querySelectorAll('th, td')].map((c) => `${c.tagName} ${c.getAttribute('scope') ?? ''} ${c.getAttribute('role')}`),
    }));
    expect(roles.table).toBe('table');
    expect(new Set(roles.rows)).toEqual(new Set(['row']));
    expect(roles.cells.filter((c) => !['TH col columnheader', 'TH row rowheader', 'TD  cell'].includes(c))).toEqual([]);
  });
});

describe(`every page kind at ${WIDTH} px`, () => {
  it('fits the screen without sideways scrolling', async () => {
    const wide: string[] = [];
    for (const { url } of pageKindUrls()) {
      await page.goto(site.base + url);
      const { scroll, viewport } = await pageWidth();
      if (scroll > viewport) wide.push(`${url}: ${scroll} px wide`);
    }
    expect(wide).toEqual([]);
  });
});
