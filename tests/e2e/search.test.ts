// Search in a real browser: each language's search page loads its own
// Pagefind index, and English and Chinese queries return the pages that
// contain them, as links with excerpts in the same language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { indexedText, loadPages } from '../helpers/dist.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { claimStatus } from '../../src/lib/derive.ts';

const { content } = checkContentDir(contentDir());

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

// One tab for the tests that need nothing special of it (each starts with a
// fresh navigation): a new tab is a new renderer process, the costliest step.
let tab: Page | undefined;
const sharedTab = async () => (tab ??= await browser.newPage());

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
    first: { title: (await first.locator('a').textContent()) ?? '', excerpt: (await first.locator('p.excerpt').innerHTML()) ?? '' },
  };
}

describe('search in the browser', () => {
  // The last field: the term is on claim pages and on others, so results must come from both index shards, merged.
  const cases: [Locale, string, RegExp, boolean][] = [
    ['en', 'delay', /delay/i, true],
    ['zh-TW', '延後', /延後/, true],
    ['zh-TW', '封閉', /封閉/, true],
  ];
  for (const [locale, query, term, bothShards] of cases) {
    it(`finds every ${locale} page about “${query}”, with titles and excerpts, in ${locale} only`, async () => {
      const page = await sharedTab();
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

const searchUrl = (locale: Locale, q?: string) => `${origin}${localizedUrl(locale, { kind: 'search' })}${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`;
const resultUrls = (page: Page) => page.locator('[data-search-results] li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/** Waits until the results list holds at least one result for `query` (the status names the query once a search is done). */
async function resultsFor(page: Page, query: string) {
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')!.textContent!.includes(q) && document.querySelectorAll('[data-search-results] li').length > 0, query);
}

describe('a query is never dropped', () => {
  it('searches what was typed before the search script loaded, keeping focus and caret', async () => {
    const page = await browser.newPage();
    // Hold the search page's module (its only script file) until the reader has typed.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let requested = false;
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(searchUrl('en'), { waitUntil: 'commit' });
    await page.waitForSelector('input[type="search"]', { state: 'visible' });
    await page.click('input[type="search"]');
    await page.keyboard.type('Qwen');
    await page.waitForFunction(() => (document.querySelector('input[type="search"]') as HTMLInputElement).value === 'Qwen');
    // The script has not run: nothing has answered the query yet.
    expect(requested).toBe(true);
    expect(await page.textContent('[data-search-status]')).toBe('');
    release();
    await resultsFor(page, 'Qwen');
    const urls = await resultUrls(page);
    expect(urls).toContain(localizedUrl('en', { kind: 'claim', id: 'built-on-qwen' }));
    const box = await page.evaluate(() => {
      const input = document.querySelector('input[type="search"]') as HTMLInputElement;
      return { focused: document.activeElement === input, caret: input.selectionStart, value: input.value };
    });
    expect(box).toEqual({ focused: true, caret: 4, value: 'Qwen' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('Qwen');
    await page.close();
  });

  it('fills the box from ?q= and shows its results; typing writes the query back to ?q=', async () => {
    const page = await sharedTab();
    await page.goto(searchUrl('zh-TW', '資本支出'));
    await resultsFor(page, '資本支出');
    expect(await page.inputValue('input[type="search"]')).toBe('資本支出');
    expect(await resultUrls(page)).toContain(localizedUrl('zh-TW', { kind: 'claim', id: 'capex-2026-range' }));
    await page.fill('input[type="search"]', 'Qwen');
    await page.waitForURL((u) => u.searchParams.get('q') === 'Qwen');
    await resultsFor(page, 'Qwen');
    await page.fill('input[type="search"]', '');
    await page.waitForURL((u) => !u.searchParams.has('q'));
  });

  it('keeps ?q= across the language switch, the typed query included', async () => {
    const page = await sharedTab();
    await page.goto(searchUrl('en'));
    await page.fill('input[type="search"]', 'Qwen');
    await page.waitForURL((u) => u.searchParams.get('q') === 'Qwen');
    await Promise.all([page.waitForURL((u) => u.pathname === localizedUrl('zh-TW', { kind: 'search' })), page.click('a[data-lang-switch]')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Qwen');
    await resultsFor(page, 'Qwen');
    expect(await page.inputValue('input[type="search"]')).toBe('Qwen');
    expect((await resultUrls(page)).every((u) => u.startsWith('/zh-tw/'))).toBe(true);
    // Without JS the switcher is a plain link to the other search page.
    const href = await page.getAttribute('a[data-lang-switch]', 'href');
    expect(href).toBe(localizedUrl('en', { kind: 'search' }));
  });
});

describe('results say what they are', () => {
  it.each(LOCALES.map((l) => l.code))('%s: kind on every result; a claim’s verdict or status; a source’s mark and short name', async (locale) => {
    const t = useStrings(locale);
    const page = await sharedTab();
    await page.goto(searchUrl(locale, 'Qwen'));
    await resultsFor(page, 'Qwen');
    const results = await page.locator('[data-search-results] li').evaluateAll((lis) =>
      lis.map((li) => ({
        url: new URL(li.querySelector('a')!.href).pathname,
        kind: li.querySelector('.result-kind .kind')?.textContent ?? null,
        badge: li.querySelector('.result-kind .badge')?.textContent ?? null,
        name: li.querySelector('.result-name')?.textContent ?? null,
        glyph: li.querySelector('.result-mark')?.textContent ?? null,
        excerpt: li.querySelector('p.excerpt')!.textContent!,
      })),
    );
    const section = (u: string) => u.split('/')[2];
    const kindOf = { articles: 'article', claims: 'claim', sources: 'source', tags: 'tag', data: 'page' } as const;
    expect(results.map((r) => section(r.url))).toEqual(expect.arrayContaining(['claims', 'sources', 'tags']));
    for (const r of results) {
      expect(r.kind, r.url).toBe(t.search.kinds[kindOf[section(r.url) as keyof typeof kindOf]]);
      if (section(r.url) === 'claims') {
        const claim = content.claims.find((c) => r.url.endsWith(`/${c.id}/`))!;
        expect(r.badge, r.url).toBe(claim.data.verdict ? t.verdictLabel[claim.data.verdict.label] : t.status[claimStatus(claim.data.positions)]);
      } else expect(r.badge, r.url).toBeNull();
      if (section(r.url) === 'sources') {
        const source = content.sources.find((s) => r.url.endsWith(`/${s.id}/`))!;
        expect(r.glyph).toBe(source.data.mark.glyph);
        expect(r.name).toBe(`${source.data.mark.glyph}${source.data.shortName[locale]}`);
      } else expect(r.name, r.url).toBeNull();
      // Clean excerpts: no badge words, labels or archive numbers.
      expect(r.excerpt, r.url).not.toMatch(/\b(Supports|Disputes|Qualifies)\b|(Source|來源) 00\d|本站譯|Our note:|本站註記：/);
    }
  });
});

describe('everyday words find what they mean', () => {
  it('延遲 lists the claim about the delays first, though the site writes 延後 and 推遲', async () => {
    const page = await sharedTab();
    await page.goto(searchUrl('zh-TW'));
    await page.fill('input[type="search"]', '延遲');
    await resultsFor(page, '延遲');
    const urls = await resultUrls(page);
    expect(urls[0]).toBe(localizedUrl('zh-TW', { kind: 'claim', id: 'release-delays' }));
    expect(indexedText(pages.get(urls[0]!)!)).not.toContain('延遲');
    // The pages that do say 延遲 are still found, and the status says which words were added.
    expect(pagesContaining('zh-TW', /延遲/).filter((u) => !urls.includes(u))).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toContain('延後');
  });

  it('a straight apostrophe, as keyboards type it, finds what the site writes with ’', async () => {
    const page = await sharedTab();
    const typed = await search(page, 'en', "LeCun's departure");
    const curly = await search(page, 'en', 'LeCun’s departure');
    // The site's pages say LeCun’s; none says it with a straight apostrophe outside a quotation.
    expect(pagesContaining('en', /LeCun’s/).length).toBeGreaterThan(0);
    expect(typed.urls).toEqual(curly.urls);
    expect(typed.urls).toEqual(expect.arrayContaining(pagesContaining('en', /LeCun’s/)));
  });

  it('“postponed” finds the delays claim, which never says postpone, among the first two', async () => {
    const page = await sharedTab();
    await page.goto(searchUrl('en', 'postponed'));
    await resultsFor(page, 'postponed');
    const urls = await resultUrls(page);
    const claim = localizedUrl('en', { kind: 'claim', id: 'release-delays' });
    expect(indexedText(pages.get(claim)!)).not.toMatch(/postpon/i);
    expect(urls.slice(0, 2)).toContain(claim);
  });
});
