// The real corpus, on its own: it passes every content check and has the
// breadth the site promises. What needs the source archive (quotes, seed
// coverage, source facts) is in tests/tools/archive.test.ts.
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { claimStatus } from '../../src/lib/derive.ts';

const { content, errors } = checkContentDir(contentDir(), new Date().toISOString().slice(0, 10));

describe('the corpus', () => {
  it('passes every content check', () => {
    expect(errors).toEqual([]);
  });

  it('has at least 25 claims, each with at least one position', () => {
    expect(content.claims.length).toBeGreaterThanOrEqual(25);
    for (const c of content.claims) expect(c.data.positions.length, c.id).toBeGreaterThan(0);
  });

  it('has every source speak to at least three claims', () => {
    for (const s of content.sources) {
      const n = content.claims.filter((c) => c.data.positions.some((p) => p.source === s.id)).length;
      expect(n, s.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least six articles, each in both languages', () => {
    const ids = new Set(content.articles.map((a) => a.id));
    expect(ids.size).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(content.articles.filter((a) => a.id === id).map((a) => a.locale).sort()).toEqual(['en', 'zh-TW']);
  });

  it('has a taxonomy of 10 to 20 tags, each used', () => {
    expect(content.tags.length).toBeGreaterThanOrEqual(10);
    expect(content.tags.length).toBeLessThanOrEqual(20);
    const used = new Set([...content.sources, ...content.claims, ...content.articles].flatMap((e) => e.data.tags));
    for (const t of content.tags) expect(used.has(t.id), t.id).toBe(true);
  });

  it('contains contested claims, the point of the comparison', () => {
    expect(content.claims.filter((c) => claimStatus(c.data.positions) === 'contested').length).toBeGreaterThanOrEqual(3);
  });
});
