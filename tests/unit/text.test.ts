import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/lib/text.ts';

describe('truncate()', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('Avocado was delayed.', 75)).toBe('Avocado was delayed.');
    expect(truncate('  Avocado  ', 7)).toBe('Avocado');
  });
  it('cuts English between words and ends in an ellipsis within the limit', () => {
    const out = truncate('Chinese labs behind open-weight models such as Qwen, DeepSeek and GLM benefit from Meta’s retreat.', 75);
    expect(Array.from(out).length).toBeLessThanOrEqual(75);
    expect(out).toBe('Chinese labs behind open-weight models such as Qwen, DeepSeek and GLM…');
  });
  it('drops punctuation left dangling before the ellipsis', () => {
    expect(truncate('One, two, three, four', 10)).toBe('One, two…');
  });
  it('cuts Chinese between characters but never inside a Latin word', () => {
    expect(truncate('Avocado 的發布已經兩度延後。', 12)).toBe('Avocado 的發布…');
    expect(truncate('在 Meta 的內部基準測試中，Avocado 的成績介於 Gemini 2.5 與 Gemini 3.0 之間。', 20)).toBe('在 Meta 的內部基準測試中…');
    expect(truncate('推出 Qwen、DeepSeek、GLM 等開放權重模型', 12)).toBe('推出 Qwen…');
  });
  it('never splits a character outside the Basic Multilingual Plane', () => {
    const out = truncate('𠀀'.repeat(10), 5);
    expect(out).toBe('𠀀𠀀𠀀𠀀…');
    expect(Array.from(out)).toHaveLength(5);
  });
  it('cuts a single over-long word rather than return only an ellipsis', () => {
    expect(truncate('Supercalifragilistic', 8)).toBe('Superca…');
  });
});
