// The search page's no-JavaScript list: every item on a small site, the
// index pages past the cap (issue 7: the search page stays within its budget).
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { BROWSE_ALL_CAP, browse } from '../../src/lib/browse.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { makeArticle, makeClaim, makeSource, makeTag } from '../helpers/factories.ts';

const siteOf = (n: number) => ({
  articles: { en: [makeArticle('a1')], 'zh-TW': [makeArticle('a1')] },
  sources: [makeSource('s1')],
  claims: Array.from({ length: n }, (_, i) => makeClaim(`c${i}`)),
  tags: [makeTag('t1')],
});

describe('browse()', () => {
  it('links every article, source, claim and topic while the total is within the cap', () => {
    const b = browse(siteOf(BROWSE_ALL_CAP - 3), 'en');
    expect(b.complete).toBe(true);
    expect(b.total).toBe(BROWSE_ALL_CAP);
    expect(b.groups.flatMap((g) => g.links)).toHaveLength(BROWSE_ALL_CAP);
    expect(b.groups[2]!.links[0]).toEqual({ href: localizedUrl('en', { kind: 'claim', id: 'c0' }), text: 'Claim c0' });
  });
  it('links the four index pages instead once the total passes the cap, in the page’s language', () => {
    const b = browse(siteOf(BROWSE_ALL_CAP - 2), 'zh-TW');
    const t = useStrings('zh-TW');
    expect(b.complete).toBe(false);
    expect(b.total).toBe(BROWSE_ALL_CAP + 1);
    expect(b.groups.flatMap((g) => g.links)).toEqual([
      { href: '/zh-tw/articles/', text: t.articles.title },
      { href: '/zh-tw/sources/', text: t.sources.title },
      { href: '/zh-tw/claims/', text: t.claims.title },
      { href: '/zh-tw/tags/', text: t.tags.title },
    ]);
  });
  it('names each source’s id, so the page can show it by mark and short name', () => {
    const site = siteOf(3);
    expect(browse(site, 'en').groups[1]!.links.map((l) => l.sourceId)).toEqual(site.sources.map((s) => s.id));
    expect(browse(site, 'zh-TW').groups[1]!.links.map((l) => l.text)).toEqual(site.sources.map((s) => s.shortName['zh-TW']));
    expect(browse(site, 'en').groups[0]!.links.every((l) => l.sourceId === undefined)).toBe(true);
  });
});
