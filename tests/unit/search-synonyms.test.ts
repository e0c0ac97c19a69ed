import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, SYNONYMS, expandQuery, titleSays } from '../../src/lib/search-synonyms.ts';
import { mergeResults, titleFirst } from '../../src/lib/search-rank.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

describe('synonym expansion', () => {
  it('turns 延遲 into the words the site writes for a delay, the reader’s word first', () => {
    expect(expandQuery('延遲', 'zh-TW')).toEqual(['延遲', '延後', '推遲', '延期']);
    expect(expandQuery(' 資本開支 ', 'zh-TW')).toEqual(['資本開支', '資本支出']);
  });

  it('finds a Chinese word inside a longer query and keeps the rest of it', () => {
    expect(expandQuery('發布延遲', 'zh-TW')).toEqual(expect.arrayContaining(['發布延後', '推出延後', '發布推遲']));
    expect(expandQuery('發布延遲', 'zh-TW')[0]).toBe('發布延遲');
  });

  it('matches English words with their inflections, whole words only, in any case', () => {
    expect(expandQuery('postponed', 'en')).toEqual(['postponed', 'delay', 'slip']);
    expect(expandQuery('Slipped', 'en')).toEqual(['Slipped', 'delay', 'postpone']);
    expect(expandQuery('delays', 'en')).toEqual(['delays', 'slip', 'postpone']);
    // "slipstream" is not a slip, "closedown" not closed.
    expect(expandQuery('slipstream', 'en')).toEqual(['slipstream']);
    expect(expandQuery('closedown', 'en')).toEqual(['closedown']);
  });

  it('reads a hyphenated or spaced phrase as one entry, the longest first', () => {
    expect(expandQuery('open weight models', 'en')).toEqual(['open weight models', 'open-source models']);
    expect(expandQuery('closed-source', 'en')).toEqual(['closed-source', 'closed', 'proprietary']);
    expect(expandQuery('capital spending', 'en')).toContain('capex');
  });

  it('combines groups but stops at MAX_VARIANTS searches', () => {
    const v = expandQuery('delayed closed launch price', 'en');
    expect(v[0]).toBe('delayed closed launch price');
    expect(v).toContain('slip closed launch price');
    expect(v.length).toBe(MAX_VARIANTS);
    expect(new Set(v).size).toBe(v.length);
  });

  it('leaves a query with no listed word alone, and uses each language’s own list', () => {
    expect(expandQuery('Qwen', 'en')).toEqual(['Qwen']);
    expect(expandQuery('延遲', 'en')).toEqual(['延遲']);
    expect(expandQuery('delay', 'zh-TW')).toEqual(['delay']);
  });

  it('has a list for every language, each word in one group only', () => {
    for (const { code } of LOCALES) {
      const words = SYNONYMS[code].flat();
      expect(words.length).toBeGreaterThan(0);
      expect(new Set(words).size).toBe(words.length);
      for (const g of SYNONYMS[code]) expect(g.length).toBeGreaterThan(1);
    }
  });
});

describe('merging the variants’ results', () => {
  it('keeps one entry per page with its best score, best first, the reader’s word winning ties', () => {
    const merged = mergeResults([
      [{ id: 'lecun', score: 6.9, v: 0 }, { id: 'article', score: 5, v: 0 }],
      [{ id: 'article', score: 9, v: 1 }, { id: 'delays', score: 7.5, v: 1 }],
      [{ id: 'window', score: 6.9, v: 2 }],
    ]);
    expect(merged.map((r) => [r.id, r.v])).toEqual([['article', 1], ['delays', 1], ['lecun', 0], ['window', 2]]);
  });

  it('puts the results whose title says the word first, otherwise in the order given', () => {
    const items = [{ title: 'How the launch date slid' }, { title: 'LeCun has left Meta' }, { title: 'Avocado 的發布已經兩度延後。' }, { title: "Avocado's release has been delayed twice." }];
    const zh = expandQuery('延遲', 'zh-TW');
    expect(titleFirst(items, (t) => titleSays(t, zh)).map((i) => i.title)).toEqual(['Avocado 的發布已經兩度延後。', 'How the launch date slid', 'LeCun has left Meta', "Avocado's release has been delayed twice."]);
    const en = expandQuery('postponed', 'en');
    expect(titleFirst(items, (t) => titleSays(t, en))[0]!.title).toBe("Avocado's release has been delayed twice.");
    // Of two titles that say it, the one that says little else comes first.
    const two = [{ title: 'Llama 4 的推出因延後與基準測試爭議而受挫。' }, { title: 'Avocado 的發布已經兩度延後。' }];
    expect(titleFirst(two, (t) => titleSays(t, zh)).map((i) => i.title)).toEqual(['Avocado 的發布已經兩度延後。', 'Llama 4 的推出因延後與基準測試爭議而受挫。']);
    expect(titleSays('Delayless', ['delay'])).toBe(false);
    expect(titleSays('release delayed', ['release delay'])).toBe(true);
    expect(titleSays('release only', ['release delay'])).toBe(false);
  });
});
