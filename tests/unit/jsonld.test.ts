import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { claimReviewLd, datasetLd, jsonLdText, newsArticleLd, sourceWork } from '../../src/lib/jsonld.ts';
import { makeArticle, makeClaim, makeSource, makeTag } from '../helpers/factories.ts';

const SITE = 'https://ledger.example';
const early = makeSource('early', { published: { precision: 'day', date: '2026-01-05', statedIn: { en: 'footer', 'zh-TW': '頁尾' } } });
const late = makeSource('late', { published: { precision: 'month', date: '2026-03', statedIn: { en: 'header', 'zh-TW': '頁首' } }, url: 'https://news.example/a' });
const undated = makeSource('undated');
const sources = [early, late, undated];

describe('sourceWork()', () => {
  it('states a URL and a date only where the content gives them', () => {
    expect(sourceWork(early)).not.toHaveProperty('url');
    expect(sourceWork(early)).toMatchObject({ datePublished: '2026-01-05', headline: 'Source early' });
    expect(sourceWork(late)).toMatchObject({ url: 'https://news.example/a', datePublished: '2026-03' });
    expect(sourceWork(undated)).not.toHaveProperty('datePublished');
  });
});

describe('newsArticleLd()', () => {
  const article = makeArticle('slid', { title: 'How it slid', published: '2026-02-01', updated: '2026-02-03', sources: ['early', 'late'], tags: ['t'] });
  it('gives headline, dates, language, the site as author and publisher, topics and cited sources', () => {
    const ld = newsArticleLd(article, [early, late], [makeTag('t')], SITE);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'How it slid', datePublished: '2026-02-01T00:00:00Z', dateModified: '2026-02-03T00:00:00Z', inLanguage: 'en' });
    expect(ld.author).toMatchObject({ '@type': 'Organization', name: 'Avocado Ledger' });
    expect(ld.publisher).toEqual(ld.author);
    expect(ld.about).toEqual([{ '@type': 'Thing', name: 't', url: `${SITE}/en/tags/t/` }]);
    expect((ld.citation as object[]).map((c) => (c as { headline: string }).headline)).toEqual(['Source early', 'Source late']);
  });
  it('links the English article to its translation and the translation back', () => {
    const en = newsArticleLd(article, [], [], SITE);
    const zh = newsArticleLd({ ...article, locale: 'zh-TW' }, [], [], SITE);
    expect(en.workTranslation).toEqual([expect.objectContaining({ url: `${SITE}/zh-tw/articles/slid/`, inLanguage: 'zh-TW' })]);
    expect(zh.translationOfWork).toEqual(expect.objectContaining({ '@id': en['@id'], inLanguage: 'en' }));
    expect(en).not.toHaveProperty('translationOfWork');
  });
});

describe('claimReviewLd()', () => {
  const claim = makeClaim('c', [
    { source: 'late', stance: 'supports' },
    { source: 'early', stance: 'supports' },
    { source: 'undated', stance: 'disputes' },
  ], { statement: { en: 'A statement that is much longer than seventy-five characters, so it has to be shortened.', 'zh-TW': '短說法。' } });
  it('reviews the whole claim as written, however long, and rates it with the verdict and its reason, not the status', () => {
    const ld = claimReviewLd(claim, 'contested', sources, 'en', SITE);
    expect(ld.claimReviewed).toBe(claim.statement.en);
    expect(ld.reviewRating).toEqual({ '@type': 'Rating', alternateName: useStrings('en').verdictLabel.likely, ratingExplanation: 'A reason.' });
    const doubtful = { ...claim, verdict: { label: 'doubtful' as const, reason: { en: 'Disputed.', 'zh-TW': '遭反駁。' } } };
    expect(claimReviewLd(doubtful, 'contested', sources, 'zh-TW', SITE)).toMatchObject({ claimReviewed: '短說法。', inLanguage: 'zh-TW', reviewRating: { alternateName: useStrings('zh-TW').verdictLabel.doubtful, ratingExplanation: '遭反駁。' } });
  });
  it('lists the sources that state the claim, with URLs only where known, and the earliest dated supporter first', () => {
    const item = claimReviewLd(claim, 'contested', sources, 'en', SITE).itemReviewed as { appearance: Record<string, unknown>[]; firstAppearance: Record<string, unknown> };
    expect(item.appearance.map((a) => a.headline)).toEqual(['Source late', 'Source early']);
    expect(item.appearance.map((a) => a.url)).toEqual(['https://news.example/a', undefined]);
    expect(item.firstAppearance.headline).toBe('Source early');
  });
  it('leaves out firstAppearance when no supporting source is dated', () => {
    const c = makeClaim('d', [{ source: 'undated', stance: 'supports' }]);
    const item = claimReviewLd(c, 'single-source', sources, 'en', SITE).itemReviewed as Record<string, unknown>;
    expect(item).not.toHaveProperty('firstAppearance');
    expect(item.appearance).toHaveLength(1);
  });
  it('names the claim\'s author only where a stating source names its outlet', () => {
    const known = makeSource('known', { outlet: 'sdd.sh' });
    const withOutlet = claimReviewLd(makeClaim('e', [{ source: 'known', stance: 'supports' }, { source: 'early', stance: 'supports' }]), 'corroborated', [...sources, known], 'en', SITE);
    expect((withOutlet.itemReviewed as Record<string, unknown>).author).toEqual({ '@type': 'Organization', name: 'sdd.sh' });
    const without = claimReviewLd(claim, 'contested', sources, 'en', SITE);
    expect(without.itemReviewed).not.toHaveProperty('author');
  });
});

describe('datasetLd()', () => {
  it('describes the data page, its licence and both downloads', () => {
    const ld = datasetLd('zh-TW', SITE);
    expect(ld).toMatchObject({ '@type': 'Dataset', url: `${SITE}/zh-tw/data/`, license: 'https://creativecommons.org/licenses/by/4.0/', name: useStrings('zh-TW').data.datasetName });
    expect((ld.distribution as { contentUrl: string }[]).map((d) => d.contentUrl)).toEqual([`${SITE}/data/claims.json`, `${SITE}/data/claims.csv`]);
  });
});

describe('jsonLdText()', () => {
  it('cannot close its <script> element early', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});
