// Accessibility in a real browser: axe-core on every page kind in both
// languages, in the light and the dark colour scheme, plus what axe cannot
// judge alone: the skip link moves focus, focus is visible, and a stance is
// drawn with a symbol as well as a word (tests/build/a11y.test.ts checks
// captions, scopes and the words on every page).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { pageKindUrls, ROUTES } from '../helpers/page-kinds.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const KINDS = pageKindUrls();

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

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axe(url: string): Promise<AxeViolation[]> {
  await page.goto(site.base + url);
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    async (tags) => {
      const r = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    },
    WCAG,
  );
}

describe('axe-core, WCAG 2.0–2.2 A and AA', () => {
  // One test per page and scheme: each stays short on a busy machine, and a
  // failure names its page.
  for (const scheme of SCHEMES) {
    describe(`${scheme} scheme`, () => {
      it.each(KINDS)('finds 0 violations on $url ($kind)', async ({ kind, url }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const v of await axe(url)) {
          for (const n of v.nodes) found.push(`${kind} ${url} [${v.id}] ${v.help}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`);
        }
        expect(found).toEqual([]);
      });
    });
  }

  it('the check is live: axe reports a contrast failure planted in a page', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.base + '/en/');
    await page.addStyleTag({ content: 'h1 { color: #ddd !important; }' });
    await page.addScriptTag({ content: AXE_SOURCE });
    const ids = await page.evaluate(async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
    expect(ids).toContain('color-contrast');
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
