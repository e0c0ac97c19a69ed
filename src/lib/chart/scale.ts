/**
 * Scales, ticks and text metrics for build-time SVG charts. Dates are day
 * numbers (days since 1970-01-01 UTC) so that no time zone ever moves a point.
 */

export interface Scale {
  (v: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  invert(px: number): number;
}

/**
 * A linear map from domain to range (a reversed range draws upward).
 * @example linearScale([0, 10], [100, 0])(5) === 50
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as Scale;
  return Object.assign(scale, { domain, range, invert: (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k) });
}

/** @example dayNumber('1970-01-02') === 1 */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** @example isoDay(1) === '1970-01-02' */
export const isoDay = (day: number) => new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);

/** @example monthIndex('2026-01') - monthIndex('2025-12') === 1 */
export function monthIndex(ym: string): number {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

/** @example monthOfIndex(monthIndex('2026-03')) === '2026-03' */
export const monthOfIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Day number of the first day of a month index. */
export const dayOfMonthIndex = (i: number) => dayNumber(`${monthOfIndex(i)}-01`);

/**
 * Month starts (YYYY-MM) inside [fromDay, toDay] whose month index is a
 * multiple of `step`, so 3 gives quarters (Jan, Apr, Jul, Oct).
 * @example monthTicks(dayNumber('2025-11-15'), dayNumber('2026-05-01'), 3) // ['2026-01', '2026-04']
 */
export function monthTicks(fromDay: number, toDay: number, step: number): string[] {
  const ticks: string[] = [];
  const start = monthIndex(isoDay(fromDay).slice(0, 7));
  for (let i = Math.ceil(start / step) * step; dayOfMonthIndex(i) <= toDay; i += step) {
    if (dayOfMonthIndex(i) >= fromDay) ticks.push(monthOfIndex(i));
  }
  return ticks;
}

/**
 * The smallest step from `steps` that keeps the ticks over [lo, hi] at or
 * under `maxTicks`, and the ticks themselves (multiples of the step).
 * @example niceTicks(110, 150, 5, [5, 10, 20]) // [110, 120, 130, 140, 150]
 */
export function niceTicks(lo: number, hi: number, maxTicks: number, steps: readonly number[]): number[] {
  const step = steps.find((s) => Math.floor(hi / s) - Math.ceil(lo / s) + 1 <= maxTicks) ?? steps[steps.length - 1]!;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push(v);
  return ticks;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A conservative estimate of rendered text width: CJK characters are one
 * em, everything else 0.62 em (wider than most Latin glyphs). Used only to
 * keep labels apart, so erring wide is the safe side.
 * @example textWidth('003', 12) === 3 * 0.62 * 12
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.62) * fontSize, 0);
}
