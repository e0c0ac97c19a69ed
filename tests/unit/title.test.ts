import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle, truncateWords } from '../../src/lib/title.ts';

describe('pageTitle()', () => {
  it('adds the site name when the whole title fits', () => {
    expect(pageTitle('Sources', 'Avocado Ledger', 'en')).toBe('Sources · Avocado Ledger');
  });

  it('drops the site name before it cuts the subject', () => {
    const subject = 'Meta Abandons Open Source Strategy with Proprietary ‘Avocado’ AI Model';
    expect(subject.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(pageTitle(subject, 'Avocado Ledger', 'en')).toBe(subject);
  });

  it('cuts a long English statement between words and marks the cut', () => {
    const subject = 'Teams building on Llama should reduce their dependence on it: evaluate alternative models and avoid relying on a single vendor.';
    const title = pageTitle(subject, 'Avocado Ledger', 'en');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title.endsWith('…')).toBe(true);
    expect(subject.startsWith(title.slice(0, -1))).toBe(true);
    expect(subject[title.length - 1]).toMatch(/[\s:,.]/); // the cut falls after a whole word
  });

  it('cuts a long Chinese statement without splitting a Latin word or number', () => {
    const subject = '競爭對手的 API 價格與輸出速度：Gemini 3.1 Flash Lite 每百萬 token 0.25 美元／1.50 美元、每秒 381 個 token；Claude 4.7 為 15 美元／15 美元';
    const title = pageTitle(subject, 'Avocado Ledger', 'zh-TW');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(subject.startsWith(title.slice(0, -1))).toBe(true);
    const kept = title.slice(0, -1);
    const [last, next] = [kept.at(-1)!, subject[kept.length]!];
    expect(/[\w.]/.test(last) && /[\w.]/.test(next), `cut between “${last}” and “${next}”`).toBe(false);
  });
});

describe('truncateWords()', () => {
  it('returns short text unchanged', () => {
    expect(truncateWords('one two', 9, 'en')).toBe('one two');
  });

  it('cuts inside a single word longer than the limit rather than return nothing', () => {
    expect(truncateWords('a'.repeat(20), 10, 'en')).toBe(`${'a'.repeat(9)}…`);
  });
});
