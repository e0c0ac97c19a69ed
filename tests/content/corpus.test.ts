// The real corpus against the seed documents: every quote verbatim, every
// seed covered, nothing stated that a seed does not give.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { claimStatus } from '../../src/lib/derive.ts';
import { quoteLength } from '../../src/lib/content/rules.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const { content, errors } = checkContentDir(contentDir(), new Date().toISOString().slice(0, 10));
const seedFiles = fs.readdirSync(SEEDS).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f));
const seedText = (archiveId: string) => fs.readFileSync(path.join(SEEDS, `${archiveId}.txt`), 'utf8');
const sourceById = new Map(content.sources.map((s) => [s.id, s.data]));

describe('the corpus', () => {
  it('passes every content check', () => {
    expect(errors).toEqual([]);
  });

  it('has a source entry for every seed document', () => {
    const archived = content.sources.map((s) => `${s.data.archiveId}.txt`).sort();
    expect(archived).toEqual(seedFiles.sort());
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

describe('quotes', () => {
  const positions = content.claims.flatMap((c) => c.data.positions.map((p, i) => ({ claim: c.id, i, p })));
  it.each(positions.map((x) => [`${x.claim} › positions[${x.i}] (${x.p.source})`, x] as const))('%s is verbatim in its seed and short', (_, { p }) => {
    const source = sourceById.get(p.source)!;
    expect(seedText(source.archiveId)).toContain(p.quote);
    expect(quoteLength(p.quote, p.quoteLang)).toBeLessThanOrEqual(p.quoteLang === 'en' ? 40 : 80);
  });
});

describe('source facts', () => {
  it.each(content.sources.map((s) => [s.id, s.data] as const))('%s states only what its seed gives', (_, s) => {
    const text = seedText(s.archiveId);
    if (s.url) expect(text).toContain(s.url);
    if (s.outlet) expect(text).toContain(s.outlet);
    if (s.author) expect(text).toContain(s.author);
    if (s.published.precision === 'day') {
      const [y, m, d] = s.published.date.split('-').map(Number) as [number, number, number];
      const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      const forms = [s.published.date, `${month} ${d}, ${y}`, `${y} 年 ${m} 月 ${d} 日`];
      expect(forms.some((f) => text.includes(f)), `${s.published.date} in ${s.archiveId}`).toBe(true);
    }
    for (const r of s.references) {
      if (r.url) expect(text).toContain(r.url);
      if (r.path) expect(text).toContain(r.path);
    }
    expect(text).toContain(s.title.published);
  });
});
