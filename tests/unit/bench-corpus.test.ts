// The benchmark's synthetic corpus must be content the real checks accept,
// or the benchmark would measure a build that fails (tests/bench/corpus.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { CLAIMS_PER_SOURCE, TAG_COUNT, expectedPages, sourcesForPages, writeCorpus } from '../bench/corpus.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-corpus-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeCorpus()', () => {
  it('writes N sources, 5N claims, N articles and 40 tags in both languages that pass every content check', () => {
    const n = 12;
    writeCorpus(dir, n);
    const { content, errors } = checkContentDir(dir);
    expect(errors).toEqual([]);
    expect(content.sources).toHaveLength(n);
    expect(content.claims).toHaveLength(CLAIMS_PER_SOURCE * n);
    expect(content.tags).toHaveLength(TAG_COUNT);
    expect(content.articles.filter((a) => a.locale === 'en')).toHaveLength(n);
    expect(content.articles.filter((a) => a.locale === 'zh-TW')).toHaveLength(n);
    expect(content.sourceProse).toHaveLength(2 * n);
  });
});

describe('sourcesForPages()', () => {
  it('picks enough sources to reach the requested page count', () => {
    for (const pages of [2500, 10_000]) expect(expectedPages(sourcesForPages(pages))).toBeGreaterThanOrEqual(pages);
  });
});
