// The built timeline against the content: every plotted position appears,
// in both languages and both drawings, exactly where its source's
// publication date and its value put it; the table under it says the same.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { loadPages } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const sources = new Map(content.sources.map((s) => [s.id, s.data]));

/** What the content says each plotted point is, read straight from the claim and source files. */
const expected = content.claims.flatMap((c) =>
  c.data.positions.flatMap((p) => {
    if (!p.plot) return [];
    const pub = sources.get(p.source)!.published;
    const [from, to] = pub.precision === 'day' ? [pub.date, pub.date] : pub.precision === 'unknown' ? [pub.estimate!.earliest, pub.estimate!.latest] : [`${pub.date}-01`, `${pub.date}-28`];
    return [{ claim: c.id, source: p.source, plot: p.plot, value: p.value!, from, to, estimated: pub.precision === 'unknown' }];
  }),
);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const month = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const nums = (s: string | undefined) => (s ?? '').split(' ').map(Number) as [number, number];
const invert = (dom: [number, number], range: [number, number], px: number) => dom[0] + ((px - range[0]) * (dom[1] - dom[0])) / (range[1] - range[0]);

/** The drawn shape's box: a rect's attributes, or an open box's path "M x y V y2 H x2 V y". */
function shapeBox(g: HTMLElement) {
  const el = g.querySelector('.shape')!;
  if (el.tagName === 'RECT') return { x: +el.getAttribute('x')!, y: +el.getAttribute('y')!, w: +el.getAttribute('width')!, h: +el.getAttribute('height')! };
  const [x, y, y2, x2] = el.getAttribute('d')!.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number];
  return { x, y, w: x2 - x, h: y2 - y };
}

describe('the timeline on the home page', () => {
  it('plots something: at least the launch window and the 2026 capex range', () => {
    expect(expected.map((e) => e.claim)).toEqual(expect.arrayContaining(['release-window', 'capex-2026-range']));
  });

  for (const { code } of LOCALES) {
    const doc = pages.get(localizedUrl(code, { kind: 'home' }))!.doc;
    const svgs = doc.querySelectorAll('svg.chart[data-claim]');

    it(`${code}: draws every plotted position once in each drawing, and nothing else`, () => {
      for (const variant of ['chart-wide', 'chart-narrow']) {
        const drawn = svgs.filter((s) => s.classList.contains(variant)).flatMap((s) => s.querySelectorAll('.mark').map((m) => `${s.getAttribute('data-claim')}/${m.getAttribute('data-source')}`));
        expect(drawn.sort()).toEqual(expected.map((e) => `${e.claim}/${e.source}`).sort());
      }
    });

    it(`${code}: puts each mark at its source's publication date and at the value the content gives`, () => {
      for (const svg of svgs) {
        const xDom = [day(svg.getAttribute('data-x-domain')!.split(' ')[0]!), day(svg.getAttribute('data-x-domain')!.split(' ')[1]!)] as [number, number];
        const xRange = nums(svg.getAttribute('data-x-range'));
        const yDom = nums(svg.getAttribute('data-y-domain'));
        const yRange = nums(svg.getAttribute('data-y-range'));
        for (const g of svg.querySelectorAll('.mark')) {
          const e = expected.find((x) => x.claim === svg.getAttribute('data-claim') && x.source === g.getAttribute('data-source'))!;
          const b = shapeBox(g);
          const tol = (xDom[1] - xDom[0]) / (xRange[1] - xRange[0]); // one pixel, in days
          if (e.estimated) {
            // An undated source is drawn as a box spanning its estimated dates.
            expect(g.classList.contains('mark-box')).toBe(true);
            expect(Math.abs(invert(xDom, xRange, b.x) - day(e.from))).toBeLessThanOrEqual(tol);
            expect(Math.abs(invert(xDom, xRange, b.x + b.w) - day(e.to))).toBeLessThanOrEqual(tol);
          } else {
            expect(g.classList.contains('mark-bar')).toBe(true);
            expect(Math.abs(invert(xDom, xRange, b.x + b.w / 2) - day(e.from))).toBeLessThanOrEqual(tol);
          }
          const yTol = Math.abs((yDom[1] - yDom[0]) / (yRange[1] - yRange[0]));
          const bottom = invert(yDom, yRange, b.y + b.h);
          const top = invert(yDom, yRange, b.y);
          if ('low' in e.plot) {
            expect(Math.abs(bottom - e.plot.low)).toBeLessThanOrEqual(yTol);
            expect(Math.abs(top - e.plot.high)).toBeLessThanOrEqual(yTol);
          } else {
            expect(Math.abs(bottom - month(e.plot.from))).toBeLessThanOrEqual(yTol);
            // An open end runs to the top of the axis and carries an arrow; a closed one ends after its last month.
            if (e.plot.to) expect(Math.abs(top - (month(e.plot.to) + 1))).toBeLessThanOrEqual(yTol);
            else {
              expect(Math.abs(top - yDom[1])).toBeLessThanOrEqual(yTol);
              expect(g.querySelector('.arrow')).not.toBeNull();
            }
          }
        }
      }
    });

    it(`${code}: gives each drawing a title and a description that names every plotted value`, () => {
      for (const svg of svgs) {
        const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(svg.querySelector(`title#${titleId}`)?.text.trim()).toBeTruthy();
        const desc = svg.querySelector(`desc#${descId}`)!.text;
        for (const e of expected.filter((x) => x.claim === svg.getAttribute('data-claim'))) expect(desc).toContain(e.value[code]);
      }
    });

    it(`${code}: lists the same points in the table under the chart, with the content's value text`, () => {
      const rows = doc.querySelectorAll('table.timeline-table tbody tr');
      expect(rows.map((r) => `${r.getAttribute('data-claim')}/${r.getAttribute('data-source')}`).sort()).toEqual(expected.map((e) => `${e.claim}/${e.source}`).sort());
      for (const r of rows) {
        const e = expected.find((x) => x.claim === r.getAttribute('data-claim') && x.source === r.getAttribute('data-source'))!;
        expect(r.querySelector('.cell-value')!.text).toContain(e.value[code]);
      }
    });

    it(`${code}: labels each undated source's box as an estimate`, () => {
      const boxes = svgs.filter((s) => s.classList.contains('chart-wide')).flatMap((s) => s.querySelectorAll('.mark-box'));
      expect(boxes.length).toBe(expected.filter((e) => e.estimated).length);
      for (const b of boxes) expect(b.querySelector('.mark-label')!.text.length).toBeGreaterThan(3);
    });
  }
});
