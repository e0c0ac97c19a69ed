import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, linearScale, monthIndex, monthTicks, niceTicks, textWidth } from '../../src/lib/chart/scale.ts';
import { overlaps, placeLabel } from '../../src/lib/chart/labels.ts';

describe('linearScale()', () => {
  it('maps the domain onto the range and back, including a range that runs upward', () => {
    const y = linearScale([110, 150], [200, 0]);
    expect(y(110)).toBe(200);
    expect(y(130)).toBe(100);
    expect(y.invert(50)).toBe(140);
  });
});

describe('day and month numbers', () => {
  it('count days in UTC so no time zone moves a date', () => {
    expect(dayNumber('2026-05-16') - dayNumber('2026-05-04')).toBe(12);
    expect(isoDay(dayNumber('2025-12-11'))).toBe('2025-12-11');
  });
  it('make months a number line across a year boundary', () => {
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1);
  });
});

describe('monthTicks()', () => {
  it('puts quarter ticks on January, April, July and October inside the domain', () => {
    expect(monthTicks(dayNumber('2025-04-01'), dayNumber('2026-01-01'), 3)).toEqual(['2025-04', '2025-07', '2025-10', '2026-01']);
    expect(monthTicks(dayNumber('2025-04-02'), dayNumber('2025-12-31'), 3)).toEqual(['2025-07', '2025-10']);
  });
});

describe('niceTicks()', () => {
  it('takes the smallest step that keeps the tick count in bounds', () => {
    expect(niceTicks(110, 150, 9, [5, 10, 20])).toEqual([110, 115, 120, 125, 130, 135, 140, 145, 150]);
    expect(niceTicks(110, 150, 5, [5, 10, 20])).toEqual([110, 120, 130, 140, 150]);
  });
});

describe('textWidth()', () => {
  it('counts a CJK character as a full em and Latin narrower', () => {
    expect(textWidth('年', 12)).toBe(12);
    expect(textWidth('003', 10)).toBeCloseTo(18.6);
  });
});

describe('placeLabel()', () => {
  const bounds = { x: 0, y: 0, w: 100, h: 100 };
  it('takes the first candidate clear of every obstacle and records it as one', () => {
    const obstacles = [{ x: 0, y: 0, w: 20, h: 20 }];
    const placed = placeLabel([{ x: 5, y: 5, w: 10, h: 5 }, { x: 40, y: 5, w: 10, h: 5 }], obstacles, bounds);
    expect(placed.x).toBe(40);
    expect(obstacles).toContain(placed);
  });
  it('never leaves the bounds when an in-bounds spot exists', () => {
    const placed = placeLabel([{ x: 95, y: 5, w: 10, h: 5 }, { x: 50, y: 5, w: 10, h: 5 }], [], bounds);
    expect(placed.x).toBe(50);
  });
  it('falls back to the least crowded spot instead of failing', () => {
    const obstacles = [{ x: 0, y: 0, w: 100, h: 50 }, { x: 0, y: 60, w: 40, h: 40 }];
    const placed = placeLabel([{ x: 10, y: 10, w: 10, h: 10 }, { x: 60, y: 70, w: 10, h: 10 }], obstacles, bounds);
    expect(placed).toMatchObject({ x: 60, y: 70 });
    expect(overlaps(placed, obstacles[1]!)).toBe(false);
  });
});
