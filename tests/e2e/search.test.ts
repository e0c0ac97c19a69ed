// Search in a real browser: each language's search page loads its own
// Pagefind index, and English and Chinese queries return the pages that
// contain them, as links with excerpts in the same language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { indexedText, loadPages } from '../helpers/dist.ts';

const pages = loadPages();
let harness: Harness;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  harness = await openHarness();
  ({ browser, base: origin } = harness);
});
afterAll(async () => {
  await harness?.close();
});

/** Indexed pages of a language whose main content contains the term: what search must find. */
function pagesContaining(locale: Locale, term: RegExp): string[] {
  return [...pages.values()]
    .filter((p) => p.doc.querySelector('html')!.getAttribute('lang') === locale)
    .filter((p) => term.test(indexedText(p) ?? ''))
    .map((p) => p.url);
}

async function search(page: Page, locale: Locale, query: string): Promise<{ status: string; urls: string[]; first: { title: string; excerpt: string } }> {
  await page.goto(`${origin}${localizedUrl(locale, { kind: 'search' })}`);
  await page.fill('input[type="search"]', query);
  await page.press('input[type="search"]', 'Enter');
  await page.waitForSelector('[data-search-results] li');
  // Follow "show more" until every result is listed.
  while (await page.isVisible('[data-search-more]')) {
    const before = await page.locator('[data-search-results] li').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
  }
  const urls = await page.locator('[data-search-results] li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const first = page.locator('[data-search-results] li').first();
  return {
    status: (await page.textContent('[data-search-status]')) ?? '',
    urls,
    first: { title: (await first.locator('a').textContent()) ?? '', excerpt: (await first.locator('p').innerHTML()) ?? '' },
  };
}

describe('search in the browser', () => {
  // The last field: the term is on claim pages and on others, so results must come from both index shards, merged.
  const cases: [Locale, string, RegExp, boolean][] = [
    ['en', 'delay', /delay/i, true],
    ['zh-TW', '延遲', /延遲/, false],
    ['zh-TW', '封閉', /封閉/, true],
  ];
  for (const [locale, query, term, bothShards] of cases) {
    it(`finds every ${locale} page about “${query}”, with titles and excerpts, in ${locale} only`, async () => {
      const page = await browser.newPage();
      const { status, urls, first } = await search(page, locale, query);
      const expected = pagesContaining(locale, term);
      expect(expected.length).toBeGreaterThan(0);
      if (bothShards) expect(expected.some((u) => u.includes('/claims/')) && expected.some((u) => !u.includes('/claims/'))).toBe(true);
      expect(expected.filter((u) => !urls.includes(u))).toEqual([]);
      const prefix = `/${LOCALES.find((l) => l.code === locale)!.path}/`;
      expect(urls.filter((u) => !u.startsWith(prefix))).toEqual([]);
      expect(new Set(urls).size).toBe(urls.length);
      expect(status).toContain(query);
      expect(status).toContain(String(urls.length));
      expect(first.title.trim()).toBeTruthy();
      expect(first.excerpt).toContain('<mark>');
      await page.close();
    });
  }

  it('keeps the plain list of links, and no dead form, when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${localizedUrl('zh-TW', { kind: 'search' })}`);
    expect(await page.isVisible('form[data-search]')).toBe(false);
    expect(await page.locator('section.browse a').count()).toBeGreaterThan(40);
    await context.close();
  });
});
