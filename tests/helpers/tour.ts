// The page tour (tests/e2e/tour-*.test.ts): every page kind, in both languages, at a desktop and a
// phone width, in the light and the dark colour scheme, visited once each
// and checked for what a reader meets on any page:
// - it answers with its status (404 for the not-found pages);
// - axe-core finds no WCAG 2.0–2.2 A/AA violation: every rule in light at
//   1280 px, and the rules a colour scheme can change in dark
//   (helpers/axe.ts, COLOUR_RULES), since markup and names do not change;
// - no wrapping block of text is wider than the reading measure at 1280 px
//   (helpers/measure.ts);
// - nothing scrolls sideways at 390 px;
// - and it is photographed for a person to look at, in tests/screenshots/
//   (git-ignored), named <kind>-<locale>-<width>-<scheme>.png.
//
// One visit serves all of it because a page load is a costly step in
// Chromium here. `npm test` photographs the first screen, which is what a
// reader judges in the first second and what before/after comparisons look
// at; `npm run screenshots` photographs whole pages (SCREENSHOTS=full).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { MEASURE_LIMITS, measureFaults } from './measure.ts';
import { openHarness, type Harness } from './browser.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { pageKindUrls } from './page-kinds.ts';

const OUT = path.resolve(import.meta.dirname, '../screenshots');
const FULL = process.env.SCREENSHOTS === 'full';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const sessions = new WeakMap<Page, CDPSession>();
/** A first-screen PNG through CDP, which encodes about twice as fast as page.screenshot(). */
async function photograph(page: Page, file: string): Promise<void> {
  if (FULL) {
    await page.screenshot({ path: file, fullPage: true });
    return;
  }
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  const { data } = await sessions.get(page)!.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
}

const faultsOf = (url: string, kind: string, found: string[]) => found.map((v) => `${url} (${kind}): ${v}`);

/** The page kinds one locale's tour visits: its edition, and the landing page with the first locale's. */
export const tourOf = (locale: Locale) => pageKindUrls().filter((k) => k.locale === locale || (k.locale === null && locale === LOCALES[0]!.code));

/**
 * Declares one locale's tour (tourOf), with its own server and browser. Each
 * locale's tour is its own test file, tests/e2e/tour-<path>.test.ts, so they
 * run side by side in separate workers: the tour is the suite's longest file.
 */
export function tour(locale: Locale): void {
  const kinds = tourOf(locale);
  if (kinds.length === 0) throw new Error(`tour(${locale}): no page kinds to visit`);
  let site: Harness;
  let browser: Browser;
  beforeAll(async () => {
    // Not emptied first: timeline.test.ts writes its photos here too, maybe at the same time.
    fs.mkdirSync(OUT, { recursive: true });
    site = await openHarness();
    ({ browser } = site);
  });
  afterAll(async () => {
    await site?.close();
  });

  // One load per page, then the scheme and the width change in place: the
  // site's layout is CSS alone, so a re-style shows what a fresh load in that
  // scheme or at that width would, for a fraction of the cost. One tab serves
  // every page in turn: a fresh tab is a fresh renderer, which costs more than
  // the load and compiles axe-core again. (Running pages side by side gained
  // nothing on two cores: Chromium's rendering is the bottleneck.)
  describe(`every page kind in ${locale}, at 1280 and 390 px, light and dark`, () => {
    let page: Page;
    beforeAll(async () => {
      // axe is injected; the page's own CSP (tested in csp.test.ts) would block it.
      page = await browser.newPage({ viewport: DESKTOP, colorScheme: 'light', bypassCSP: true });
    });

    it.each(kinds)('$url ($kind): axe-core finds 0 violations (every WCAG A/AA rule in light, colour rules in dark), text keeps the reading measure at 1280 px, nothing scrolls sideways at 390 px, photographed', async ({ kind, locale, url, status }) => {
      const faults: string[] = [];
      const photos: string[] = [];
      const photo = async (width: number, scheme: string) => {
        const file = path.join(OUT, `${kind}-${locale ?? 'all'}-${width}-${scheme}.png`);
        await photograph(page, file);
        photos.push(file);
      };
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light' });
      const res = await page.goto(site.base + url);
      expect(res?.status(), url).toBe(status);
      faults.push(...faultsOf(url, kind, await axeViolations(page, 'wcag')));
      faults.push(...faultsOf(url, kind, await page.evaluate(measureFaults, MEASURE_LIMITS)));
      await photo(DESKTOP.width, 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      faults.push(...faultsOf(url, kind, await axeViolations(page, 'colour')));
      await photo(DESKTOP.width, 'dark');
      await page.setViewportSize(PHONE);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      if (scroll > inner) faults.push(`${url}: ${scroll} px wide at ${inner} px`);
      await photo(PHONE.width, 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await photo(PHONE.width, 'light');
      expect(faults).toEqual([]);
      // A blank or failed capture is a few hundred bytes; a real page is far more.
      expect(photos.filter((f) => fs.statSync(f).size < 5_000)).toEqual([]);
    });
  });
}
