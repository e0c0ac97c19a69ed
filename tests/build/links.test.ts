// A crawler over dist/: every internal link lands on a built page, every
// #fragment exists there, and a page links only into its own language
// (the language switcher and hreflang alternates excepted).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { idsIn, loadPages, targetOf } from '../helpers/dist.ts';

const pages = loadPages();
const localeOfPath = (p: string) => LOCALES.find((l) => p.startsWith(`/${l.path}/`))?.path;

interface Link {
  from: string;
  href: string;
  switcher: boolean;
}

const links: Link[] = [];
for (const page of pages.values()) {
  for (const el of page.doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
    const href = el.getAttribute('href') ?? el.getAttribute('src')!;
    const rel = el.getAttribute('rel') ?? '';
    if (/^(https?:)?\/\//.test(href) || href.startsWith('mailto:')) continue;
    if (rel === 'canonical' || rel === 'alternate') continue; // absolute, checked in pages.test.ts
    // The switcher and a translation notice ("the English version was revised…") lead to the other language on purpose.
    links.push({ from: page.url, href, switcher: el.hasAttribute('data-lang-switch') || el.closest('.translation-notice') !== null });
  }
}

describe('internal links', () => {
  it('were found on every page (the crawler sees the site)', () => {
    const fragments = links.filter((l) => l.href.includes('#'));
    const anchors = new Set(fragments.map((l) => new URL(l.href, `http://x${l.from}`).href));
    const targets = new Set(links.map((l) => new URL(l.href, `http://x${l.from}`).pathname));
    console.log(`crawler: ${pages.size} pages, ${links.length} internal links (${targets.size} distinct targets), ${fragments.length} links with a #fragment (${anchors.size} distinct anchors)`);
    expect(pages.size).toBeGreaterThan(20);
    expect(links.length).toBeGreaterThan(pages.size * 5);
  });

  it('all resolve to a built file, in the site’s trailing-slash style', () => {
    const broken = links.filter((l) => !targetOf(new URL(l.href, `http://x${l.from}`).pathname)).map((l) => `${l.from} → ${l.href}`);
    expect(broken).toEqual([]);
  });

  it('only point at #fragments that exist on the target page', () => {
    const missing = links
      .filter((l) => l.href.includes('#'))
      .filter((l) => {
        const u = new URL(l.href, `http://x${l.from}`);
        const file = targetOf(u.pathname);
        return !file || !idsIn(file).has(decodeURIComponent(u.hash.slice(1)));
      })
      .map((l) => `${l.from} → ${l.href}`);
    expect(missing).toEqual([]);
  });

  it('stay in the page’s language, except the language switcher and a translation notice', () => {
    const leaks = links
      .filter((l) => !l.switcher)
      .filter((l) => {
        const from = localeOfPath(l.from);
        const to = localeOfPath(new URL(l.href, `http://x${l.from}`).pathname);
        return from && to && from !== to;
      })
      .map((l) => `${l.from} → ${l.href}`);
    expect(leaks).toEqual([]);
  });
});
