import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { deriveSite } from '../../src/lib/derive.ts';
import { publishedInterval, timelinePanels } from '../../src/lib/timeline.ts';
import { layoutPanel, valueExtent, xDomain, yDomain, type PanelLayout } from '../../src/lib/chart/timeline-layout.ts';
import { joinSentences, timelineFigure, VARIANTS } from '../../src/lib/chart/timeline-figure.ts';
import { overlaps } from '../../src/lib/chart/labels.ts';
import { dayNumber } from '../../src/lib/chart/scale.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { makeClaim, makeSource } from '../helpers/factories.ts';

const dated = (date: string) => ({ published: { precision: 'day' as const, date, statedIn: { en: 'x', 'zh-TW': 'x' } } });
const estimate = (earliest: string, latest: string) => ({ published: { precision: 'unknown' as const, estimate: { earliest, latest, reasoning: { en: 'x', 'zh-TW': 'x' } } } });
const value = { en: 'v', 'zh-TW': 'v' };

describe('publishedInterval()', () => {
  it('places a dated source on its day, a month on the whole month, an undated one on its estimate', () => {
    expect(publishedInterval(makeSource('a', dated('2026-05-04')))).toEqual({ from: '2026-05-04', to: '2026-05-04', precision: 'day' });
    expect(publishedInterval(makeSource('b', { published: { precision: 'month', date: '2024-02', statedIn: value } }))).toEqual({ from: '2024-02-01', to: '2024-02-29', precision: 'month' });
    expect(publishedInterval(makeSource('c', estimate('2026-01-01', '2026-03-01')))?.precision).toBe('estimate');
  });
  it('cannot place an undated source without an estimate', () => {
    expect(publishedInterval(makeSource('d'))).toBeNull();
  });
});

describe('timelinePanels()', () => {
  const sources = [makeSource('old', { ...dated('2025-12-11'), archiveId: '003_0000000000000000' }), makeSource('new', dated('2026-05-04')), makeSource('undated')];
  const claims = [
    makeClaim('money', [{ source: 'old', value, plot: { low: 1, high: 2, unit: 'usd-billion' } }]),
    makeClaim('late', [{ source: 'new', value, plot: { from: '2026-05' } }, { source: 'old', value, plot: { from: '2026-01', to: '2026-03' } }]),
    makeClaim('early', [{ source: 'new', value, plot: { from: '2025-10', to: '2025-12' } }]),
    makeClaim('unplotted', [{ source: 'new', value }]),
    makeClaim('unplaceable', [{ source: 'undated', value, plot: { from: '2026-01' } }]),
  ];
  const panels = timelinePanels(claims, sources);
  it('makes one panel per claim with plotted values: months first, earliest values first', () => {
    expect(panels.map((p) => [p.claim.id, p.unit])).toEqual([['early', 'month'], ['late', 'month'], ['money', 'usd-billion']]);
  });
  it('orders a panel’s points oldest source first and names them by archive number', () => {
    expect(panels[1]!.points.map((p) => [p.sourceId, p.code])).toEqual([['old', '003'], ['new', '000']]);
  });
  it('keeps an open end open', () => {
    expect(panels[1]!.points[1]!.y).toEqual({ from: '2026-05', to: null });
  });
});

const { content } = checkContentDir(contentDir());
const site = deriveSite(content, LOCALE_CODES);

describe('the timeline of the real corpus', () => {
  it('plots at least the launch window and the 2026 capex range', () => {
    expect(site.timeline.map((p) => p.claim.id)).toEqual(expect.arrayContaining(['release-window', 'capex-2026-range']));
  });

  for (const locale of LOCALE_CODES) {
    const figure = timelineFigure(site.timeline, locale, useStrings(locale).chart);
    for (const variant of Object.keys(VARIANTS) as (keyof typeof VARIANTS)[]) {
      describe(`${locale}, ${variant} layout`, () => {
        const layouts = figure.map((f) => f.layouts[variant]);
        it('draws each point where its publication date and value put it', () => {
          for (const l of layouts) for (const m of l.marks) expectPlacedAt(l, m);
        });
        it('keeps every label inside the drawing, clear of other labels and of the bars', () => {
          for (const l of layouts) {
            const labels = l.marks.map((m) => m.label);
            const bars = l.marks.filter((m) => m.shape === 'bar');
            for (const [i, a] of labels.entries()) {
              expect(a.x).toBeGreaterThanOrEqual(0);
              expect(a.x + a.w).toBeLessThanOrEqual(l.width);
              for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
              for (const b of bars) expect(overlaps(a, b), `${a.text} on bar ${b.point.code}`).toBe(false);
            }
          }
        });
        it('keeps x tick labels apart, inside the drawing and clear of the y-axis labels', () => {
          for (const l of layouts) {
            expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
            for (const [i, t] of l.xTicks.entries()) {
              expect(t.left).toBeGreaterThanOrEqual(l.plot.x - 6);
              expect(t.right).toBeLessThanOrEqual(l.width);
              if (i > 0) expect(t.left).toBeGreaterThan(l.xTicks[i - 1]!.right);
            }
          }
        });
        it('labels every mark with its source’s short name, never an archive number', () => {
          for (const l of layouts) for (const m of l.marks) {
            // The name, or on a crowded phone panel the mark's letter (its chip's glyph).
            if (variant === 'wide' || m.label.text !== m.point.mark.glyph) expect(m.label.text).toContain(m.point.name[locale]);
            expect(m.label.text).not.toMatch(/\b00\d\b/);
          }
        });
        it('marks every undated source as an estimate in its label when there is room', () => {
          const boxes = layouts.flatMap((l) => l.marks.filter((m) => m.shape === 'box'));
          expect(boxes.length).toBeGreaterThan(0);
          expect(boxes.filter((m) => m.label.text !== m.point.name[locale]).length).toBeGreaterThanOrEqual(boxes.length / 2);
        });
      });
    }
  }
});

function expectPlacedAt(l: PanelLayout, m: PanelLayout['marks'][number]) {
  const from = dayNumber(m.point.published.from);
  const to = dayNumber(m.point.published.to);
  if (m.shape === 'bar') expect(l.x.invert(m.x + m.w / 2)).toBeCloseTo((from + to) / 2, 5);
  else {
    expect(l.x.invert(m.x)).toBeCloseTo(from, 5);
    expect(l.x.invert(m.x + m.w)).toBeCloseTo(to, 5);
  }
  const [v0, v1] = valueExtent(m.point);
  expect(l.y.invert(m.y + m.h)).toBeCloseTo(v0, 5);
  if (v1 === null) expect(m.y).toBe(l.plot.y);
  else expect(l.y.invert(m.y)).toBeCloseTo(v1, 5);
}

describe('layoutPanel() in a crowded panel', () => {
  it('keeps labels apart when many dated sources fall within days of each other', () => {
    const sources = Array.from({ length: 6 }, (_, i) => makeSource(`s${i}`, { ...dated(`2026-05-0${i + 1}`), archiveId: `00${i}_0000000000000000` }));
    const claim = makeClaim('crowd', sources.map((s, i) => ({ source: s.id, value, plot: { from: '2026-05', to: `2026-0${5 + (i % 3)}` } })));
    const panels = timelinePanels([claim], sources);
    const l = layoutPanel(panels[0]!, xDomain(panels), yDomain(panels, 'month'), { ...VARIANTS.narrow, formatMonth: (m) => m, formatNumber: String, markLabels: (p) => [p.code] });
    const labels = l.marks.map((m) => m.label);
    const clashes = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlaps(a, b)));
    expect(clashes).toEqual([]);
  });
});

describe('joinSentences()', () => {
  it('spaces Latin sentences and runs Chinese ones together', () => {
    expect(joinSentences(['One.', 'Two.'])).toBe('One. Two.');
    expect(joinSentences(['一。', '二。'])).toBe('一。二。');
  });
});
