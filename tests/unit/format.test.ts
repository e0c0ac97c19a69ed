import { describe, expect, it } from 'vitest';
import { fmt, formatDate, formatMonthShort, formatNumber, paragraphs, spaceCjkDigits } from '../../src/lib/format.ts';

describe('fmt()', () => {
  it('fills named placeholders', () => {
    expect(fmt('{n} claims from {s} sources', { n: 3, s: 5 })).toBe('3 claims from 5 sources');
  });
  it('throws when a placeholder has no value instead of leaving a blank', () => {
    expect(() => fmt('{n} claims', {})).toThrow(/no value for \{n\}/);
  });
});

describe('formatDate()', () => {
  it('formats a day per locale', () => {
    expect(formatDate('2026-05-16', 'en')).toBe('May 16, 2026');
    expect(formatDate('2026-05-16', 'zh-TW')).toBe('2026 年 5 月 16 日');
    expect(formatDate('2026-04', 'zh-TW')).toBe('2026 年 4 月');
    expect(formatDate('2025-12', 'zh-TW')).toBe('2025 年 12 月');
  });
  it('formats a month without inventing a day', () => {
    expect(formatDate('2026-04', 'en')).toBe('April 2026');
  });
  it('never shifts the day with the time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(formatDate('2025-12-11', 'en')).toBe('December 11, 2025');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('formatNumber()', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh-TW')).toBe('12,345');
  });
});

describe('paragraphs()', () => {
  it('splits at blank lines and unwraps English lines with a space', () => {
    expect(paragraphs('one\ntwo\n\nthree')).toEqual(['one two', 'three']);
  });
  it('unwraps Chinese lines without inserting a space', () => {
    expect(paragraphs('這是第一行\n第二行')).toEqual(['這是第一行第二行']);
  });
});

describe('spaceCjkDigits()', () => {
  it('puts a space between digits and CJK characters', () => {
    expect(spaceCjkDigits('2026年5月16日')).toBe('2026 年 5 月 16 日');
  });
});

describe('formatMonthShort()', () => {
  it('gives an axis-sized month per locale, with its year', () => {
    expect(formatMonthShort('2026-01', 'en')).toBe('Jan 2026');
    expect(formatMonthShort('2025-11', 'zh-TW')).toBe('2025 年 11 月');
  });
});

describe('formatMonthShort() without the year', () => {
  it('gives the month alone, for axis ticks', () => {
    expect(formatMonthShort('2026-03', 'en', false)).toBe('Mar');
    expect(formatMonthShort('2026-03', 'zh-TW', false)).toBe('3 月');
  });
});

describe('formatMonthShort() tight', () => {
  it('leaves out the spaces for phone-width chart axes only', () => {
    expect(formatMonthShort('2026-01', 'zh-TW', true, true)).toBe('2026年1月');
    expect(formatMonthShort('2026-01', 'zh-TW')).toBe('2026 年 1 月');
  });
});
