// Screenshots for a person to look at: every page kind, both languages, at
// desktop and phone widths, in the light and the dark colour scheme. They go
// to tests/screenshots/ (git-ignored), named <kind>-<locale>-<width>-<scheme>.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { pageKindUrls } from '../helpers/page-kinds.ts';

const OUT = path.resolve(import.meta.dirname, '../screenshots');
const WIDTHS = [1280, 390];
const SCHEMES = ['light', 'dark'] as const;

let site: Harness;
let browser: Browser;
beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  site = await openHarness();
  ({ browser } = site);
});
afterAll(async () => {
  await site?.close();
});

describe('screenshots', () => {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`captures every page kind in both languages at ${width} px, ${scheme}`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        const written: string[] = [];
        for (const { kind, locale, url, status } of pageKindUrls()) {
          const res = await page.goto(site.base + url);
          expect(res?.status(), url).toBe(status);
          const file = path.join(OUT, `${kind}-${locale ?? 'all'}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
        }
        await page.close();
        // A blank or failed capture is a few hundred bytes; a real page is far more.
        expect(written.filter((f) => fs.statSync(f).size < 5_000)).toEqual([]);
      });
    }
  }
});
