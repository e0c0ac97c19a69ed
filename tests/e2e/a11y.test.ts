// Accessibility in a real browser, beyond the axe-core run on every page
// kind in the tour (helpers/tour.ts): proof that run can fail, and what axe cannot judge
// alone: the skip link moves focus, focus is visible, and a stance is drawn
// with a symbol as well as a word (tests/build/a11y.test.ts checks
// captions, scopes and the words on every page).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { axeViolations } from '../helpers/axe.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { ROUTES } from '../helpers/page-kinds.ts';

const SCHEMES = ['light', 'dark'] as const;

let site: Harness;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await openHarness();
  ({ browser } = site);
  // axe and the test's own style are injected; the page's CSP (tested in csp.test.ts) would block them.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
});
afterAll(async () => {
  await site?.close();
});

describe('axe-core, WCAG 2.0–2.2 A and AA', () => {
  // The tour (helpers/tour.ts) runs axe on every page kind; this proves the check can fail.
  it.each([
    ['light', 'wcag', '#ddd'],
    ['dark', 'colour', '#222'],
  ] as const)('the check is live: axe reports a contrast failure planted in a page (%s, %s rules)', async (scheme, rules, colour) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.base + '/en/');
    await page.addStyleTag({ content: `h1 { color: ${colour} !important; }` });
    expect((await axeViolations(page, rules)).join('\n')).toContain('[color-contrast]');
  });
});

describe('keyboard', () => {
  it.each(LOCALES.map((l) => l.code))('Tab shows the skip link first; Enter moves focus to the main content (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, ROUTES.claim!));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { href: a.getAttribute('href'), visible: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0 };
    });
    expect(skip).toEqual({ href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab goes into the content, past the header's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  for (const scheme of SCHEMES) {
    it(`draws a visible focus outline on links and scroll containers (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.base + localizedUrl('en', { kind: 'claims' }));
      const outlines: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        outlines.push(
          await page.evaluate(() => {
            const s = getComputedStyle(document.activeElement!);
            return `${document.activeElement!.tagName}:${s.outlineStyle}:${parseFloat(s.outlineWidth) >= 2}`;
          }),
        );
      }
      expect(outlines.filter((o) => !o.endsWith(':solid:true'))).toEqual([]);
      expect(outlines).toContain('SECTION:solid:true'); // the matrix's scroll container is reachable by keyboard
    });
  }
});

describe('stances in the browser', () => {
  it.each(LOCALES.map((l) => l.code))('shows every stance in the matrix with a word and a symbol, not colour alone (%s)', async (locale) => {
    await page.goto(site.base + localizedUrl(locale, { kind: 'claims' }));
    const badges = await page.locator('table.matrix [class*="stance-"]').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent!.trim(), symbol: getComputedStyle(el, '::before').content })),
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((b) => !b.text || b.symbol === 'none' || b.symbol === '""')).toEqual([]);
  });
});
