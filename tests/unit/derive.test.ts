import { describe, expect, it } from 'vitest';
import { byTopic, buildMatrix, buildTagIndex, claimStatus, claimsBySource, deriveSite, disagreementScore, orderSources } from '../../src/lib/derive.ts';
import { makeArticle, makeClaim, makeSource, makeTag } from '../helpers/factories.ts';

const s = (...stances: ('supports' | 'disputes' | 'qualifies')[]) => stances.map((stance) => ({ stance }));

describe('claimStatus()', () => {
  it('marks a claim corroborated when two sources support and none disputes', () => {
    expect(claimStatus(s('supports', 'supports'))).toBe('corroborated');
    expect(claimStatus(s('supports', 'supports', 'qualifies'))).toBe('corroborated');
  });
  it('marks a claim contested when one source supports and another disputes', () => {
    expect(claimStatus(s('supports', 'disputes'))).toBe('contested');
    expect(claimStatus(s('supports', 'supports', 'disputes', 'qualifies'))).toBe('contested');
  });
  it('marks a claim single-source when exactly one supports and none disputes', () => {
    expect(claimStatus(s('supports'))).toBe('single-source');
    expect(claimStatus(s('supports', 'qualifies'))).toBe('single-source');
  });
  it('marks a claim disputed when sources only dispute it', () => {
    expect(claimStatus(s('disputes'))).toBe('disputed');
    expect(claimStatus(s('disputes', 'qualifies'))).toBe('disputed');
  });
  it('marks a claim qualified when sources only qualify it', () => {
    expect(claimStatus(s('qualifies', 'qualifies'))).toBe('qualified');
  });
  it('counts only current positions: an overtaken forecast neither supports nor disputes', () => {
    // release-window: three sources agree; 003's Q1 window was overtaken.
    const positions = [...s('supports', 'supports', 'supports'), { stance: 'disputes' as const, overtaken: true }];
    expect(claimStatus(positions)).toBe('corroborated');
    expect(claimStatus([{ stance: 'supports', overtaken: true }, { stance: 'disputes' }])).toBe('disputed');
    expect(claimStatus([{ stance: 'supports', overtaken: true }])).toBe('qualified');
  });
});

describe('disagreementScore()', () => {
  it('ranks contested above disputed above single-source above corroborated', () => {
    const ranked = [s('supports', 'supports'), s('supports'), s('disputes'), s('supports', 'disputes')]
      .map((p) => ({ p, score: disagreementScore(p) }))
      .sort((a, b) => b.score - a.score)
      .map((x) => claimStatus(x.p));
    expect(ranked).toEqual(['contested', 'disputed', 'single-source', 'corroborated']);
  });
  it('does not count an overtaken dispute as dissent', () => {
    expect(disagreementScore([...s('supports', 'supports'), { stance: 'disputes', overtaken: true }])).toBe(disagreementScore(s('supports', 'supports')));
  });
  it('ranks a contested claim with more dissent higher', () => {
    expect(disagreementScore(s('supports', 'disputes', 'disputes'))).toBeGreaterThan(disagreementScore(s('supports', 'disputes')));
  });
});

describe('orderSources()', () => {
  it('puts dated sources oldest first and undated ones last, even with an estimate', () => {
    const sources = [
      makeSource('undated', { archiveId: '001_0000000000000000' }),
      makeSource('may', { published: { precision: 'day', date: '2026-05-16', statedIn: { en: 'x', 'zh-TW': 'x' } } }),
      makeSource('dec', { published: { precision: 'day', date: '2025-12-11', statedIn: { en: 'x', 'zh-TW': 'x' } } }),
      makeSource('est', { published: { precision: 'unknown', estimate: { earliest: '2026-01-01', latest: '2026-03-01', reasoning: { en: 'x', 'zh-TW': 'x' } } } }),
      makeSource('month', { published: { precision: 'month', date: '2026-04', statedIn: { en: 'x', 'zh-TW': 'x' } } }),
    ];
    expect(orderSources(sources).map((x) => x.id)).toEqual(['dec', 'month', 'may', 'est', 'undated']);
  });
});

describe('claimsBySource()', () => {
  it('lists every claim a source speaks to, with its position', () => {
    const claims = [makeClaim('a', [{ source: 'x' }, { source: 'y', stance: 'disputes' }]), makeClaim('b', [{ source: 'y' }])];
    const map = claimsBySource(claims);
    expect(map.get('x')?.map((c) => c.claim.id)).toEqual(['a']);
    expect(map.get('y')?.map((c) => [c.claim.id, c.position.stance])).toEqual([
      ['a', 'disputes'],
      ['b', 'supports'],
    ]);
    expect(map.get('z')).toBeUndefined();
  });
});

describe('buildMatrix()', () => {
  it('gives one cell per source in column order, null where the source is silent', () => {
    const m = buildMatrix([makeClaim('a', [{ source: 'y', stance: 'qualifies' }])], [makeSource('x'), makeSource('y')]);
    expect(m.rows[0]?.cells.map((c) => c?.stance ?? null)).toEqual([null, 'qualifies']);
    expect(m.rows[0]?.status).toBe('qualified');
  });
});

describe('buildTagIndex()', () => {
  it('groups sources, claims and articles under each of their tags', () => {
    const idx = buildTagIndex(
      [makeTag('t1'), makeTag('t2')],
      [makeSource('s', { tags: ['t1'] })],
      [makeClaim('c', [{}], { tags: ['t1', 't2'] })],
      [makeArticle('a', { tags: ['t2'] })],
    );
    expect(idx.get('t1')).toMatchObject({ sources: [{ id: 's' }], claims: [{ id: 'c' }], articles: [] });
    expect(idx.get('t2')?.articles.map((a) => a.id)).toEqual(['a']);
  });
});

describe('deriveSite()', () => {
  it('orders claims by disagreement and articles newest first, per locale', () => {
    const site = deriveSite(
      {
        tags: [],
        sources: [],
        sourceProse: [],
        claims: [
          { id: 'calm', file: 'c', data: makeClaim('calm', [{}, {}]) },
          { id: 'fight', file: 'f', data: makeClaim('fight', [{}, { stance: 'disputes' }]) },
        ],
        articles: [
          { id: 'old', file: 'o', locale: 'en', body: '', data: makeArticle('old', { published: '2026-01-01' }) },
          { id: 'new', file: 'n', locale: 'en', body: '', data: makeArticle('new', { published: '2026-02-01' }) },
          { id: 'zh', file: 'z', locale: 'zh-TW', body: '', data: makeArticle('zh') },
        ],
      },
      ['en', 'zh-TW'],
    );
    expect(site.claimsByDisagreement.map((c) => c.id)).toEqual(['fight', 'calm']);
    expect(site.articles.en.map((a) => a.id)).toEqual(['new', 'old']);
    expect(site.articles['zh-TW'].map((a) => a.id)).toEqual(['zh']);
  });
});

describe('byTopic()', () => {
  it('keeps claims of one topic together, then orders them by id', () => {
    const claims = [makeClaim('z', [{}], { tags: ['benchmarks'] }), makeClaim('a', [{}], { tags: ['capex'] }), makeClaim('b', [{}], { tags: ['benchmarks'] })];
    expect([...claims].sort(byTopic).map((c) => c.id)).toEqual(['b', 'z', 'a']);
  });
});
