import { describe, expect, it } from 'vitest';
import { claimTally } from '../../src/lib/evidence.ts';
import { tallyParts, tallyText } from '../../src/lib/tally.ts';

describe('tallyParts()', () => {
  it('puts the tally in English words with singular and plural forms', () => {
    const tally = claimTally([{ stance: 'supports', overtaken: false }, { stance: 'supports', overtaken: false }, { stance: 'supports', overtaken: false }, { stance: 'qualifies', overtaken: false }, { stance: 'disputes', overtaken: true }], 5);
    expect(tallyText(tally, 'en')).toBe('3 support · 0 dispute · 1 qualifies · 1 superseded · 0 silent');
    expect(tallyText({ supports: 1, disputes: 2, qualifies: 0, superseded: 0, silent: 1 }, 'en')).toBe('1 supports · 2 dispute · 0 qualify · 1 silent');
  });
  it('says the same in Chinese', () => {
    expect(tallyText({ supports: 3, disputes: 0, qualifies: 1, superseded: 1, silent: 0 }, 'zh-TW')).toBe('3 個支持，0 個反駁，1 個保留，1 個已被取代，0 個未提及');
  });
  it('leaves superseded out when nothing was overtaken, and keeps every other zero', () => {
    expect(tallyParts({ supports: 0, disputes: 0, qualifies: 0, superseded: 0, silent: 5 }, 'en').map((p) => p.key)).toEqual(['supports', 'disputes', 'qualifies', 'silent']);
  });
});
