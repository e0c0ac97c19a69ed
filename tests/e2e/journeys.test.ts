// A reader's journeys through the built site in a real Chromium: the home
// page, source → claim → back to the source's row, the language switcher
// (keeping the #anchor), a topic, and the localized 404 page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, useStrings } from '../../src/i18n/index.ts';
import { claimAnchor, localizedUrl, sourceAnchor } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';
import { content, SAMPLE } from '../helpers/page-kinds.ts';

let site: Harness;
let browser: Browser;
beforeAll(async () => {
  site = await openHarness();
  ({ browser } = site);
});
afterAll(async () => {
  await site?.close();
});

// One tab for every journey, each starting with a fresh navigation: a new
// tab is a new renderer process, the costliest step here.
let tab: Page | undefined;
async function open(url: string): Promise<Page> {
  tab ??= await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(site.base + url);
  return tab;
}

/** Whether the element's top edge is inside the visible part of the page. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
  });
const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).hash;

// The sample source speaks to the most claims, so its table is the longest:
// its last row is far below the fold, and landing on it proves the page scrolled.
const busiestSource = SAMPLE.source;

describe('the home page', () => {
  it.each(LOCALES.map((l) => l.code))('opens in %s with its title, language and navigation', async (locale) => {
    const page = await open(localizedUrl(locale, { kind: 'home' }));
    const t = useStrings(locale);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect((await page.locator('h1').innerText()).trim()).toBe(t.home.title);
    const nav = await page.locator('nav.primary a').allInnerTexts();
    expect(nav).toEqual(Object.values(t.nav));
  });
});

describe('from a source to a claim and back', () => {
  it.each(LOCALES.map((l) => l.code))('lands on the claim’s evidence, then on the source’s row for it, scrolled into view (%s)', async (locale) => {
    const page = await open(localizedUrl(locale, { kind: 'source', id: busiestSource }));
    const lastRow = page.locator('table.source-claims tbody tr').last();
    const rowId = (await lastRow.getAttribute('id'))!;
    const claimId = rowId.replace(/^claim-/, '');
    expect(rowId).toBe(claimAnchor(claimId));

    await Promise.all([page.waitForURL(/\/claims\//), lastRow.locator('th a').click()]);
    expect(path(page)).toBe(localizedUrl(locale, { kind: 'claim', id: claimId }, sourceAnchor(busiestSource)));
    expect(await inViewport(page, `#${sourceAnchor(busiestSource)}`)).toBe(true);

    const back = page.locator(`#${sourceAnchor(busiestSource)} a[href$="#${rowId}"]`);
    await Promise.all([page.waitForURL(/\/sources\//), back.click()]);
    expect(path(page)).toBe(localizedUrl(locale, { kind: 'source', id: busiestSource }, rowId));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inViewport(page, `#${rowId}`)).toBe(true);
    expect(await page.locator(`#${rowId}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

describe('the language switcher', () => {
  const claimId = content.claims[0]!.id;
  for (const [from, to] of [['en', 'zh-TW'], ['zh-TW', 'en']] as const) {
    it(`takes a claim page from ${from} to its ${to} counterpart`, async () => {
      const page = await open(localizedUrl(from, { kind: 'claim', id: claimId }));
      await Promise.all([page.waitForURL(`**${localizedUrl(to, { kind: 'claim', id: claimId })}`), page.click('a[data-lang-switch]')]);
      expect(await page.getAttribute('html', 'lang')).toBe(to);
      expect((await page.locator('h1').innerText()).trim()).toBe(content.claims[0]!.data.statement[to]);
    });

    it(`keeps the #claim-<id> anchor of a source page from ${from} to ${to}`, async () => {
      const page = await open(localizedUrl(from, { kind: 'source', id: busiestSource }));
      const rowId = (await page.locator('table.source-claims tbody tr').last().getAttribute('id'))!;
      await page.goto(site.base + localizedUrl(from, { kind: 'source', id: busiestSource }, rowId));
      const target = localizedUrl(to, { kind: 'source', id: busiestSource }, rowId);
      // Wait for the counterpart page, then compare the whole URL: a lost hash fails at once, with a diff.
      const counterpart = localizedUrl(to, { kind: 'source', id: busiestSource });
      await Promise.all([page.waitForURL((u) => u.pathname === counterpart), page.click('a[data-lang-switch]')]);
      expect(path(page)).toBe(target);
      expect(await page.getAttribute('html', 'lang')).toBe(to);
      expect(await inViewport(page, `#${rowId}`)).toBe(true);
    });
  }
});

describe('browsing a topic', () => {
  // The topic with the most claims, so the page has something to list.
  const claimsOf = (tagId: string) => content.claims.filter((c) => c.data.tags.includes(tagId));
  const tag = [...content.tags].sort((a, b) => claimsOf(b.id).length - claimsOf(a.id).length)[0]!;

  it.each(LOCALES.map((l) => l.code))('goes from the topics index to a topic’s claims, and on to a claim (%s)', async (locale) => {
    const page = await open(localizedUrl(locale, { kind: 'tags' }));
    const label = tag.data.label[locale];
    await Promise.all([page.waitForURL(`**${localizedUrl(locale, { kind: 'tag', id: tag.id })}`), page.getByRole('link', { name: label, exact: true }).click()]);
    expect((await page.locator('h1').innerText()).trim()).toBe(label);
    const listed = await page.locator('ul.claim-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(claimsOf(tag.id).map((c) => localizedUrl(locale, { kind: 'claim', id: c.id })).sort());

    await Promise.all([page.waitForURL(/\/claims\/[^/]+\/$/), page.locator('ul.claim-list > li > a').first().click()]);
    expect(await page.locator('ul.tags a').allInnerTexts()).toContain(label);
  });
});

describe('an unknown URL', () => {
  it.each(LOCALES.map((l) => [l.code, l.path] as const))('answers 404 with the %s not-found page', async (locale, localePath) => {
    tab ??= await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const page = tab;
    const res = await page.goto(`${site.base}/${localePath}/claims/no-such-claim/`);
    expect(res?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect((await page.locator('h1').innerText()).trim()).toBe(useStrings(locale).notFound.title);
    const home = await page.locator('main a').first().getAttribute('href');
    expect(home).toBe(localizedUrl(locale, { kind: 'home' }));
  });
});
