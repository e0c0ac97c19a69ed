// The disagreements page, the pair comparisons and the home page against
// the content: every claim the sources contest is listed, most contested
// first, with both sides, the site's assessment and what would settle it.
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { DISPUTE_FIRST_PAGE_SIZE, DISPUTE_PAGE_SIZE, claimStatus, disagreementScore } from '../../src/lib/derive.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localizedUrl, sourceAnchor } from '../../src/lib/urls.ts';
import { loadPages } from '../helpers/dist.ts';
import { sharedClaimPairs } from '../helpers/pairs.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const inDispute = content.claims.filter((c) => ['contested', 'disputed'].includes(claimStatus(c.data.positions)));
const sourceIds = content.sources.map((s) => s.id);
const comparedPairs = sharedClaimPairs(content);

describe('the disagreements page', () => {
  it('has contested claims to show (otherwise these tests prove nothing)', () => {
    expect(inDispute.length).toBeGreaterThanOrEqual(3);
  });

  for (const { code } of LOCALES) {
    const doc = pages.get(localizedUrl(code, { kind: 'disagreements' }))!.doc;
    // Page 1 and the pages after it, in order, as far as the build made them.
    const docs = [doc];
    for (let n = 2; pages.has(localizedUrl(code, { kind: 'disagreements', page: n })); n++) docs.push(pages.get(localizedUrl(code, { kind: 'disagreements', page: n }))!.doc);
    const listed = docs.flatMap((d) => d.querySelectorAll('article.dispute').map((a) => a.getAttribute('id')!.replace(/^dispute-/, '')));

    it(`${code}: the disagreements pages together list every contested or disputed claim, once, and only those`, () => {
      expect([...listed].sort()).toEqual(inDispute.map((c) => c.id).sort());
    });

    it(`${code}: page 1 holds at most ${DISPUTE_FIRST_PAGE_SIZE} disputes beside the qualified claims and the pairs, later pages at most ${DISPUTE_PAGE_SIZE} and neither list`, () => {
      docs.forEach((d, i) => {
        const n = d.querySelectorAll('article.dispute').length;
        expect(n, `page ${i + 1}`).toBeLessThanOrEqual(i === 0 ? DISPUTE_FIRST_PAGE_SIZE : DISPUTE_PAGE_SIZE);
        expect(d.querySelector('#qualified') !== null, `page ${i + 1}`).toBe(i === 0);
        expect(d.querySelector('table.pairs') !== null, `page ${i + 1}`).toBe(i === 0);
      });
      // A later page exists only when page 1 is full.
      expect(docs.length > 1).toBe(inDispute.length > DISPUTE_FIRST_PAGE_SIZE);
    });

    it(`${code}: the real site's disputes fit on one page, so there is no pager`, () => {
      expect(docs).toHaveLength(1);
      expect(doc.querySelector('nav.pager')).toBeNull();
    });

    it(`${code}: puts the most contested first`, () => {
      const scores = listed.map((id) => disagreementScore(content.claims.find((c) => c.id === id)!.data.positions));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it(`${code}: shows each side's sources, the assessment and what would settle it, in this language`, () => {
      for (const c of inDispute) {
        const article = doc.querySelector(`#dispute-${c.id}`)!;
        for (const stance of new Set(c.data.positions.map((p) => p.stance))) {
          const side = article.querySelector(`.side-${stance}`);
          expect(side, `${c.id} ${stance}`).not.toBeNull();
          const links = side!.querySelectorAll('a').map((a) => a.getAttribute('href'));
          for (const p of c.data.positions.filter((x) => x.stance === stance)) expect(links).toContain(localizedUrl(code, { kind: 'claim', id: c.id }, sourceAnchor(p.source)));
        }
        expect(article.querySelector('.assessment')!.text).toContain(c.data.assessment![code]);
        expect(article.querySelector('.settle')!.text).toContain(c.data.settle![code]);
      }
    });

    it(`${code}: links every pair of sources that share a claim to its comparison page`, () => {
      const hrefs = doc.querySelectorAll('table.pairs a').map((a) => a.getAttribute('href'));
      expect([...hrefs].sort()).toEqual(comparedPairs.map((id) => localizedUrl(code, { kind: 'compare', id })).sort());
      for (const h of hrefs) expect(pages.has(h!), h).toBe(true);
    });

    it(`${code}: the home page shows the timeline and the most contested claims, linking here`, () => {
      const home = pages.get(localizedUrl(code, { kind: 'home' }))!.doc;
      expect(home.querySelectorAll('svg.chart[data-claim]').length).toBeGreaterThan(0);
      const hrefs = home.querySelectorAll('.claim-list a').map((a) => a.getAttribute('href'));
      const mostContested = [...inDispute].sort((a, b) => disagreementScore(b.data.positions) - disagreementScore(a.data.positions))[0]!;
      expect(hrefs).toContain(localizedUrl(code, { kind: 'claim', id: mostContested.id }));
      expect(home.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(localizedUrl(code, { kind: 'disagreements' }));
    });
  }
});

describe('a comparison page for each pair of sources that share a claim', () => {
  const pairs = comparedPairs.map((id) => id.split('--') as [string, string]);

  it('exists exactly for the pairs that share a claim (all ten pairs of the five real sources do)', () => {
    const all = sourceIds.flatMap((a, i) => sourceIds.slice(i + 1).map((b) => [a, b].sort().join('--')));
    expect(pairs.length).toBeGreaterThan(0);
    for (const { code } of LOCALES) {
      for (const id of all) expect(pages.has(localizedUrl(code, { kind: 'compare', id })), `${code} ${id}`).toBe(comparedPairs.includes(id));
    }
  });

  it.each(pairs)('%s and %s: sorts every claim either speaks to into agree, disagree, qualified or only one', (a, b) => {
    for (const { code } of LOCALES) {
      const doc = pages.get(localizedUrl(code, { kind: 'compare', id: `${a}--${b}` }))!.doc;
      const section = (id: string) => doc.querySelector(`section[aria-labelledby="${id}"]`)!;
      const claimLinks = (id: string) => new Set(section(id).querySelectorAll('a').map((x) => x.getAttribute('href')).filter((h) => /\/claims\/[^/]+\/$/.test(h!)));
      for (const c of content.claims) {
        // Only current positions compare: an overtaken forecast is on the record, not evidence.
        const pa = c.data.positions.find((p) => p.source === a && !p.overtaken);
        const pb = c.data.positions.find((p) => p.source === b && !p.overtaken);
        if (!pa && !pb) continue;
        const group = !pa ? 'only-b' : !pb ? 'only-a' : pa.stance === 'qualifies' || pb.stance === 'qualifies' ? 'qualified' : pa.stance === pb.stance ? 'agree' : 'disagree';
        expect(claimLinks(group).has(localizedUrl(code, { kind: 'claim', id: c.id })), `${c.id} in ${group} (${code})`).toBe(true);
      }
    }
  });

  it('is linked from both sources’ pages, which link to no other comparison', () => {
    for (const { code } of LOCALES) {
      for (const id of sourceIds) {
        const hrefs = pages.get(localizedUrl(code, { kind: 'source', id }))!.doc.querySelectorAll('a').map((x) => x.getAttribute('href')!);
        const expected = pairs.filter((p) => p.includes(id)).map((p) => localizedUrl(code, { kind: 'compare', id: p.join('--') }));
        expect(hrefs.filter((h) => h.includes('/compare/')).sort(), `${code} ${id}`).toEqual(expected.sort());
      }
    }
  });
});

describe('claim pages', () => {
  it('carry the site’s assessment and what would settle it, wherever the content gives them', () => {
    const all = loadPages();
    const withAssessment = checkContentDir(contentDir()).content.claims.filter((c) => c.data.assessment);
    expect(withAssessment.length).toBeGreaterThan(0);
    for (const c of withAssessment) {
      for (const locale of ['en', 'zh-TW'] as const) {
        const doc = all.get(localizedUrl(locale, { kind: 'claim', id: c.id }))!.doc;
        expect(doc.querySelector('#assessment + p')?.text).toBe(c.data.assessment![locale]);
        expect(doc.querySelector('.settle')?.text).toContain(c.data.settle![locale]);
      }
    }
  });
});
