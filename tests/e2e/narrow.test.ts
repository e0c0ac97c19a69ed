// At phone width (390 px), beyond the tour, helpers/tour.ts (no page kind scrolls
// sideways): the home page shows its first finding on the first screen, the
// claims matrix turns each claim into a card with a stance strip, and a
// source's claims stack as cards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';

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

describe(`the home page at ${WIDTH} px`, () => {
  it.each(LOCALES.map((l) => l.code))('shows the first finding on the first screen (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, { kind: 'home' }));
    const first = (await page.locator('.finding').first().boundingBox())!;
    expect(first.height).toBeGreaterThan(40);
    expect(first.y).toBeGreaterThanOrEqual(0);
    // The whole finding, its claim and verdict line included, within the first 844 px.
    expect(first.y + first.height).toBeLessThanOrEqual(844);
  });
});

describe(`the claims matrix at ${WIDTH} px`, () => {
  it.each(LOCALES.map((l) => l.code))('turns each claim into a card with a stance strip on screen, and stays a table for screen readers (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, { kind: 'claims' }));
    const { scroll, viewport } = await pageWidth();
    expect(viewport).toBe(WIDTH);
    expect(scroll).toBeLessThanOrEqual(viewport);
    const rows = page.locator('table.matrix tbody tr:has(td)');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    const sources = await page.locator('table.matrix thead th[scope="col"]').count() - 1;
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const row = rows.nth(i);
      const claim = (await row.locator('th[scope="row"]').boundingBox())!;
      const cells = row.locator('td');
      expect(await cells.count()).toBe(sources);
      const boxes = await Promise.all(Array.from({ length: sources }, (_, j) => cells.nth(j).boundingBox()));
      for (const [j, b] of boxes.entries()) {
        // One strip below the claim: every segment on screen, side by side, on one line.
        expect(b!.y).toBeGreaterThan(claim.y);
        expect(b!.x + b!.width).toBeLessThanOrEqual(WIDTH);
        if (j > 0) {
          expect(b!.x).toBeGreaterThan(boxes[j - 1]!.x);
          expect(b!.y).toBeCloseTo(boxes[0]!.y, 0);
        }
      }
      // The tally says in words what the strip shows in marks.
      expect(await row.locator('.tally').textContent()).toMatch(/\d/);
    }
    expect(await page.locator('table.matrix').getAttribute('role')).toBe('table');
    expect(await rows.first().getAttribute('role')).toBe('row');
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
