// Chromium visits one page of every kind the built site has, in both
// languages (search included once it exists), served with the same headers
// a host would send, and hears no Content-Security-Policy violation: not
// from the console, not from the CDP Log domain, no uncaught error. The
// language switcher's inline script still runs under the policy.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { metaPolicy } from '../../src/lib/csp.ts';
import { claimAnchor, localizedUrl } from '../../src/lib/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pages = loadPages();

/** "home", "claims", "claims/:id", "search", "/" or "/404.html": what kind of page a URL is. */
function kindOf(url: string): { locale: string; kind: string } {
  const [first, ...rest] = url.split('/').filter(Boolean);
  if (!first || !LOCALES.some((l) => l.path === first)) return { locale: '-', kind: url };
  return { locale: first, kind: rest.length === 0 ? 'home' : `${rest[0]}${rest.length > 1 ? '/:id' : ''}` };
}
const sample = new Map<string, string>();
for (const url of [...pages.keys()].sort()) {
  const { locale, kind } = kindOf(url);
  if (!sample.has(`${locale} ${kind}`)) sample.set(`${locale} ${kind}`, url);
}
const visits = [...sample.entries()].map(([key, url]) => ({ key, url }));
const runsSearch = (url: string) => metaPolicy(pages.get(url)!.html)!.includes("'wasm-unsafe-eval'");

let server: Server;
let browser: Browser;
let base = '';
beforeAll(async () => {
  server = await startServer(DIST, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const CSP = /Content[- ]Security[- ]Policy/i;

/** A fresh page that records every CSP report and uncaught error. */
async function watchedPage(): Promise<{ page: Page; reports: string[] }> {
  const page = await browser.newPage();
  const reports: string[] = [];
  page.on('console', (m) => CSP.test(m.text()) && reports.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => reports.push(`pageerror: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => (entry.source === 'security' || CSP.test(entry.text)) && reports.push(`log: ${entry.text}`));
  await cdp.send('Log.enable');
  return { page, reports };
}

describe('the page kinds the built site has', () => {
  it('include every kind in both languages', () => {
    const kinds = (locale: string) => visits.filter((v) => v.key.startsWith(`${locale} `)).map((v) => v.key.slice(locale.length + 1)).sort();
    expect(kinds('en')).toEqual(kinds('zh-tw'));
    expect(kinds('en')).toEqual(expect.arrayContaining(['home', 'sources/:id', 'claims/:id', 'articles/:id', 'tags/:id', '404']));
  });

  it('include search in both languages once the site has a search route', () => {
    const hasRoute = fs.readdirSync(path.join(ROOT, 'src/pages/[lang]')).some((f) => f.replace(/\.astro$/, '') === 'search');
    const built = LOCALES.filter((l) => pages.has(localizedUrl(l.code, { kind: 'search' })));
    expect(built.length).toBe(hasRoute ? LOCALES.length : 0);
    for (const l of built) expect(runsSearch(localizedUrl(l.code, { kind: 'search' })), l.code).toBe(true);
  });
});

describe('in Chromium, under the CSP', () => {
  it.each(visits)('$key ($url) reports no violation', async ({ url }) => {
    const { page, reports } = await watchedPage();
    try {
      await page.goto(base + url, { waitUntil: 'load' });
      if (runsSearch(url)) {
        // Make Pagefind fetch and compile its WebAssembly, which is what 'wasm-unsafe-eval' is for.
        const wasm = page.waitForResponse((r) => /\/pagefind\/.*wasm/i.test(r.url()));
        await page.locator('input[type="search"], input[type="text"], input:not([type])').first().fill('Avocado');
        await wasm;
        await page.waitForLoadState('networkidle');
      }
      expect(reports).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('serves unknown paths their 404 page without a violation', async () => {
    const { page, reports } = await watchedPage();
    const r = await page.goto(`${base}/zh-tw/no-such-page/`);
    expect(r?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-TW');
    expect(reports).toEqual([]);
    await page.close();
  });

  it('blocks inline script injected into a page, and the test hears about it', async () => {
    const { page, reports } = await watchedPage();
    await page.goto(`${base}/en/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
    });
    await expect.poll(() => reports.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(reports.join('\n')).toMatch(CSP);
    await page.close();
  });
});

describe('the language switcher under the CSP', () => {
  const { content } = checkContentDir(contentDir());
  const claim = content.claims[0]!;
  const source = claim.data.positions[0]!.source;
  const route = { kind: 'source' as const, id: source };

  it.each([
    ['en', 'zh-TW'],
    ['zh-TW', 'en'],
  ] as const)('carries the #anchor from %s to %s (its inline script runs)', async (from, to) => {
    const { page, reports } = await watchedPage();
    await page.goto(base + localizedUrl(from, route, claimAnchor(claim.id)));
    await Promise.all([page.waitForURL((u) => u.pathname === localizedUrl(to, route)), page.click('a[data-lang-switch]')]);
    const landed = new URL(page.url());
    expect(landed.pathname + landed.hash).toBe(localizedUrl(to, route, claimAnchor(claim.id)));
    expect(reports).toEqual([]);
    await page.close();
  });
});
