// The benchmark's judgement: marginal cost per page, not a whole build over its pages.
import { describe, expect, it } from 'vitest';
import { marginalMs } from '../bench/report.ts';

describe('marginalMs()', () => {
  const wall = (b: { seconds: number }) => b.seconds;
  it('divides the extra time by the extra pages, leaving start-up out', () => {
    // The issue's own figures: (131.6 − 47.3) s over (10,744 − 2,644) pages.
    expect(marginalMs({ pages: 2644, seconds: 47.3 }, { pages: 10744, seconds: 131.6 }, wall)).toBeCloseTo(10.41, 2);
  });
  it('gives the same figure for two builds that differ only in a fixed start-up', () => {
    const a = marginalMs({ pages: 100, seconds: 1 }, { pages: 300, seconds: 3 }, wall);
    const b = marginalMs({ pages: 100, seconds: 11 }, { pages: 300, seconds: 13 }, wall);
    expect(a).toBeCloseTo(10, 6);
    expect(b).toBeCloseTo(a!, 6);
  });
  it('has no answer for one size or a missing measurement', () => {
    expect(marginalMs({ pages: 10, seconds: 1 }, { pages: 10, seconds: 2 }, wall)).toBeNull();
    expect(marginalMs({ pages: 10 }, { pages: 20 }, () => null)).toBeNull();
  });
});
