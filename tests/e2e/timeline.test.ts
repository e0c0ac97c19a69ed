// The timeline in a real browser, both languages, desktop and phone widths:
// screenshots to look at (tests/screenshots/, git-ignored) and labels that
// do not collide as actually rendered. (The tour, helpers/tour.ts, checks that
// no page kind scrolls sideways at 390 px.)
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';

const SHOTS = path.resolve(import.meta.dirname, '../screenshots');
let h: Harness;
let tab: Page | undefined;
beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  h = await openHarness();
});
afterAll(() => h?.close());

const WIDTHS = [1280, 390] as const;

describe('the timeline in Chromium', () => {
  for (const { code, path: lp } of LOCALES) {
    for (const width of WIDTHS) {
      it(`${code} at ${width} px: is drawn, screenshotted, and its labels do not overlap`, async () => {
        // One tab for all four (a new tab is a new renderer process); the width is set before the load.
        const page = (tab ??= await h.browser.newPage());
        await page.setViewportSize({ width, height: 900 });
        await page.goto(h.base + localizedUrl(code, { kind: 'home' }));
        const timeline = page.locator('section.timeline');
        await timeline.screenshot({ path: path.join(SHOTS, `timeline-${lp}-${width}.png`) });
        const visible = await page.locator('svg.chart[data-claim]:visible').count();
        expect(visible).toBeGreaterThan(0);
        // The drawing shown is the one laid out for this width.
        const expectedClass = width < 768 ? 'chart-narrow' : 'chart-wide';
        expect(await page.locator(`svg.${expectedClass}:visible`).count()).toBe(visible);
        const clashes = await page.evaluate(() => {
          const out: string[] = [];
          for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart[data-claim]')) {
            if (svg.getBoundingClientRect().width === 0) continue;
            const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('text')].map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() }));
            for (const [i, a] of boxes.entries())
              for (const b of boxes.slice(i + 1))
                if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1) out.push(`${svg.dataset.claim}: "${a.t}" / "${b.t}"`);
          }
          return out;
        });
        expect(clashes).toEqual([]);
      });
    }
  }
});
