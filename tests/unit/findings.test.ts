import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { deriveSite } from '../../src/lib/derive.ts';
import { homeFindings } from '../../src/lib/findings.ts';
import { monthWindow, panelTakeaway } from '../../src/lib/chart/takeaway.ts';
import { claimStatus } from '../../src/lib/derive.ts';
import { timelinePanels } from '../../src/lib/timeline.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALE_CODES, type Locale } from '../../src/i18n/locales.ts';
import { makeClaim, makeSource } from '../helpers/factories.ts';

const strings = (locale: Locale) => {
  const t = useStrings(locale);
  return { findings: t.findings, takeaway: t.chart.takeaway };
};
const input = (claims: ReturnType<typeof makeClaim>[], sourceCount = 5) => ({
  claims,
  statusById: new Map(claims.map((c) => [c.id, claimStatus(c.positions)])),
  sourceCount,
  timeline: [],
});
const s = (source: string, stance: 'supports' | 'disputes' | 'qualifies', overtaken = false) => ({ source, stance, overtaken });

describe('homeFindings()', () => {
  it('leads with the claim most sources support and none disputes, saying how many', () => {
    const claims = [
      makeClaim('two', [s('a', 'supports'), s('b', 'supports')]),
      makeClaim('three', [s('a', 'supports'), s('b', 'supports'), s('c', 'supports')]),
      makeClaim('four-but-disputed', [s('a', 'supports'), s('b', 'supports'), s('c', 'supports'), s('d', 'disputes')]),
    ];
    const [first] = homeFindings(input(claims), 'en', strings('en'));
    expect(first!.kind).toBe('agree');
    expect(first!.claim.id).toBe('three');
    expect(first!.text).toBe('3 of the 5 sources support this, and none disputes it');
  });

  it('says “all” when every source supports the claim, in both languages', () => {
    const claims = [makeClaim('all', ['a', 'b', 'c'].map((id) => s(id, 'supports')))];
    expect(homeFindings(input(claims, 3), 'en', strings('en'))[0]!.text).toBe('All 3 sources support this, and none disputes it');
    expect(homeFindings(input(claims, 3), 'zh-TW', strings('zh-TW'))[0]!.text).toBe('全部 3 個來源都支持這一點，沒有人反駁');
  });

  it('does not count an overtaken position as support', () => {
    const claims = [makeClaim('x', [s('a', 'supports'), s('b', 'supports', true)])];
    expect(homeFindings(input(claims), 'en', strings('en')).filter((f) => f.kind === 'agree')).toEqual([]);
  });

  it('picks the most even split as the sharpest conflict and states its tally in words', () => {
    const claims = [
      makeClaim('lopsided', [s('a', 'supports'), s('b', 'supports'), s('c', 'supports'), s('d', 'disputes')]),
      makeClaim('even', [s('a', 'supports'), s('b', 'supports'), s('c', 'disputes'), s('d', 'disputes')]),
    ];
    const conflict = homeFindings(input(claims), 'en', strings('en')).find((f) => f.kind === 'conflict')!;
    expect(conflict.claim.id).toBe('even');
    // The same tally words as the claim page and the matrix (src/lib/tally.ts).
    expect(conflict.text).toBe('Where they conflict most: 2 support · 2 dispute · 0 qualify · 1 silent');
  });
});

describe('the findings of the real corpus', () => {
  const { content } = checkContentDir(contentDir());
  const site = deriveSite(content, LOCALE_CODES);
  for (const locale of LOCALE_CODES) {
    const findings = homeFindings({ ...site, sourceCount: site.sources.length }, locale, strings(locale));
    it(`gives 3 to 5 findings, each on a different claim, with no archive number (${locale})`, () => {
      expect(findings.length).toBeGreaterThanOrEqual(3);
      expect(findings.length).toBeLessThanOrEqual(5);
      expect(new Set(findings.map((f) => f.claim.id)).size).toBe(findings.length);
      for (const f of findings) expect(f.text).not.toMatch(/\b00\d\b|\{/);
    });
  }
  it('tells the launch window’s slide from the plotted forecasts', () => {
    const slide = homeFindings({ ...site, sourceCount: site.sources.length }, 'en', strings('en')).find((f) => f.kind === 'slide');
    expect(slide?.claim.id).toBe('release-window');
    expect(slide?.text).toBe('The forecast slid from Q1 2026 to May–June 2026');
  });
});

describe('monthWindow() and panelTakeaway()', () => {
  const t = useStrings('en').chart.takeaway;
  const zh = useStrings('zh-TW').chart.takeaway;
  it('names quarters, month ranges and open ends', () => {
    expect(monthWindow({ from: '2026-01', to: '2026-03' }, 'en', t)).toBe('Q1 2026');
    expect(monthWindow({ from: '2026-05', to: '2026-06' }, 'en', t)).toBe('May–June 2026');
    expect(monthWindow({ from: '2026-05', to: null }, 'en', t)).toBe('May 2026 or later');
    expect(monthWindow({ from: '2026-03', to: '2026-03' }, 'en', t)).toBe('March 2026');
    expect(monthWindow({ from: '2026-01', to: '2026-03' }, 'zh-TW', zh)).toBe('2026\u00a0年第 1 季');
    expect(monthWindow({ from: '2026-05', to: '2026-06' }, 'zh-TW', zh)).toBe('2026\u00a0年 5–6\u00a0月');
  });
  it('gives a money panel the span of its figures', () => {
    const sources = [makeSource('a', { published: { precision: 'day', date: '2026-01-01', statedIn: { en: 'x', 'zh-TW': 'x' } } })];
    const claim = makeClaim('capex', [{ source: 'a', value: { en: 'v', 'zh-TW': 'v' }, plot: { low: 115, high: 135, unit: 'usd-billion' } }]);
    const [panel] = timelinePanels([claim], sources);
    expect(panelTakeaway(panel!, 'en', t)).toBe('The figures run from $115B to $135B');
    expect(panelTakeaway(panel!, 'zh-TW', zh)).toBe('各來源的數字介於 1,150\u00a0億美元到 1,350\u00a0億美元之間');
  });
});
