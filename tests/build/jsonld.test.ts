// Every JSON-LD block parses, and says what its page shows: headline = h1,
// dates and language as on the page, sources and status as the content has them.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { DATA_FILES, localizedUrl } from '../../src/lib/urls.ts';
import { loadPages, targetOf } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const SITE = 'http://localhost:4321';
type Ld = Record<string, any>;

const blocks = (doc: HTMLElement): Ld[] => doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
const h1 = (doc: HTMLElement) => doc.querySelector('h1')!.text.trim();
const canonical = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
const local = (abs: string) => targetOf(new URL(abs).pathname);

describe('JSON-LD', () => {
  it('parses on every page that has it, with a schema.org context', () => {
    const withLd = [...pages.values()].filter((p) => p.doc.querySelector('script[type="application/ld+json"]'));
    expect(withLd.length).toBeGreaterThan(content.claims.length * LOCALES.length);
    for (const p of withLd) for (const ld of blocks(p.doc)) expect(ld['@context'], p.url).toBe('https://schema.org');
  });

  it('describes each article as a NewsArticle matching the page, linked to its translation', () => {
    for (const a of content.articles) {
      const { doc } = pages.get(localizedUrl(a.locale, { kind: 'article', id: a.id }))!;
      const [ld, ...rest] = blocks(doc);
      expect(rest).toEqual([]);
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: h1(doc), url: canonical(doc), inLanguage: doc.querySelector('html')!.getAttribute('lang') });
      // Full UTC timestamps; content records the day, so midnight UTC.
      expect(ld!.datePublished).toBe(`${a.data.published}T00:00:00Z`);
      expect(ld!.dateModified).toBe(`${a.data.updated}T00:00:00Z`);
      expect(doc.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toContain(a.data.published);
      expect(ld!.author).toMatchObject({ '@type': 'Organization', name: 'Avocado Ledger' });
      expect(ld!.publisher).toMatchObject({ '@type': 'Organization' });
      expect(ld!.about.map((t: Ld) => t.name)).toEqual(a.data.tags.map((id) => content.tags.find((t) => t.id === id)!.data.label[a.locale]));
      const cited = content.sources.filter((s) => a.data.sources.includes(s.id)).map((s) => s.data.title.published);
      expect(ld!.citation.map((c: Ld) => c.headline).sort()).toEqual(cited.sort());
      const link = a.locale === 'en' ? ld!.workTranslation[0] : ld!.translationOfWork;
      expect(link.inLanguage).not.toBe(a.locale);
      expect(local(link.url), link.url).not.toBeNull();
      expect(local(ld!.image), ld!.image).not.toBeNull();
    }
  });

  it('reviews each claim once with a ClaimReview matching the page', () => {
    for (const claim of content.claims) {
      for (const { code } of LOCALES) {
        const { doc } = pages.get(localizedUrl(code, { kind: 'claim', id: claim.id }))!;
        const lds = blocks(doc);
        expect(lds.map((l) => l['@type'])).toEqual(['ClaimReview']);
        const ld = lds[0]!;
        expect(ld.url).toBe(canonical(doc));
        expect(ld.inLanguage).toBe(code);
        // The whole claim as the page's h1 states it, never cut short.
        expect(ld.claimReviewed).toBe(h1(doc));
        expect(ld.claimReviewed).toBe(claim.data.statement[code]);
        // Rated with the verdict the page leads with, in the page's words.
        const verdict = claim.data.verdict.label;
        expect(ld.reviewRating.alternateName).toBe(useStrings(code).verdictLabel[verdict]);
        expect(ld.reviewRating.ratingExplanation).toBe(claim.data.verdict.reason[code]);
        // The first verdict badge on a claim page is the claim's own; its hidden prefix is for screen readers.
        const badge = doc.querySelector(`main .badge.verdict-${verdict}`)!;
        expect(badge.text.replace(badge.querySelector('.visually-hidden')!.text, '').trim()).toBe(ld.reviewRating.alternateName);
        const stating = claim.data.positions.filter((p) => p.stance !== 'disputes').map((p) => content.sources.find((s) => s.id === p.source)!.data);
        const appearance: Ld[] = ld.itemReviewed.appearance ?? [];
        // The claim's author is named only where a stating source names its outlet.
        const outlets = [...new Set(stating.map((s) => s.outlet).filter(Boolean))];
        const authors = [ld.itemReviewed.author ?? []].flat().map((a: Ld) => a.name);
        expect(authors).toEqual(outlets);
        expect(appearance.map((w) => w.headline).sort()).toEqual(stating.map((s) => s.title.published).sort());
        // A URL only where the content states one; never invented.
        for (const w of appearance) expect(w.url ?? null).toBe(stating.find((s) => s.title.published === w.headline)!.url);
        const supporters = claim.data.positions.filter((p) => p.stance === 'supports').map((p) => content.sources.find((s) => s.id === p.source)!.data);
        const dated = supporters.filter((s) => s.published.precision !== 'unknown').map((s) => ('date' in s.published ? s.published.date : ''));
        if (dated.length) expect(ld.itemReviewed.firstAppearance.datePublished).toBe(dated.sort()[0]);
        else expect(ld.itemReviewed.firstAppearance).toBeUndefined();
      }
    }
  });

  it('describes the data page as a Dataset whose downloads exist', () => {
    for (const { code } of LOCALES) {
      const { doc } = pages.get(localizedUrl(code, { kind: 'data' }))!;
      const [ld] = blocks(doc);
      expect(ld).toMatchObject({ '@type': 'Dataset', url: canonical(doc), license: doc.querySelector('a[rel~="license"]')!.getAttribute('href') });
      expect(ld!.inLanguage).toContain(code);
      expect(ld!.distribution.map((d: Ld) => new URL(d.contentUrl).pathname)).toEqual([DATA_FILES.json, DATA_FILES.csv]);
      for (const d of ld!.distribution) expect(local(d.contentUrl)).not.toBeNull();
      expect(ld!.description).toBe(doc.querySelector('meta[name="description"]')!.getAttribute('content'));
    }
  });

  it('appears only where it describes the page (articles, claims, data)', () => {
    const kinds = new Set<string>();
    for (const p of pages.values()) for (const ld of blocks(p.doc)) kinds.add(`${p.url.split('/')[2] ?? ''}:${ld['@type']}`);
    expect([...kinds].sort()).toEqual(['articles:NewsArticle', 'claims:ClaimReview', 'data:Dataset']);
    expect(SITE).toBe(new URL(canonical(pages.get('/en/')!.doc)!).origin);
  });
});
