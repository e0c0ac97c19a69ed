// The benchmark's judgement: marginal cost per page, not a whole build over its pages.
import { describe, expect, it } from 'vitest';
import { formatLighthouse, marginalMs } from '../bench/report.ts';
import { paintLagMs } from '../bench/lighthouse.ts';

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

describe('formatLighthouse()', () => {
  const row = (url: string, paintLagMs: number[]) => ({ url, scores: [0.98, 1, 1, 1], misses: [], performanceRange: [0.96, 1] as [number, number], paintLagMs });
  it('shows each run’s paint lag and marks the stalls, saying how many there were', () => {
    const text = formatLighthouse([row('/en/', [40, 1210, 60]), row('/zh-tw/', [2270, 90, 35])]).join('\n');
    expect(text).toContain('| `/en/` | 98 (96–100) | 100 | 100 | 100 | 40, **1210**, 60 |');
    expect(text).toContain('| `/zh-tw/` | 98 (96–100) | 100 | 100 | 100 | **2270**, 90, 35 |');
    expect(text).toMatch(/In 2 of 6 runs \(in bold\) the first paint came 500 ms or more after the load event/);
  });
  it('says nothing of stalls when no run stalled', () => {
    const text = formatLighthouse([row('/en/', [40, 120, 499])]).join('\n');
    expect(text).not.toMatch(/stalled|\*\*/);
  });
});

describe('paintLagMs()', () => {
  it('is first paint minus the load event in the unthrottled load Lighthouse observed', () => {
    const lhr = { audits: { metrics: { title: 'Metrics', score: null, details: { items: [{ observedFirstContentfulPaint: 1245.4, observedLoad: 337.1 }] } } } };
    expect(paintLagMs(lhr)).toBe(908);
  });
  it('has no answer when the report lacks the metrics', () => {
    expect(paintLagMs({ audits: {} })).toBeNull();
  });
});
