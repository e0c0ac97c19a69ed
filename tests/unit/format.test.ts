import { describe, expect, it } from 'vitest';
import { fmt, fmtText, formatDate, formatMonthShort, formatNumber, paragraphs, spaceCjkDigits, spaceMixed } from '../../src/lib/format.ts';

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
    expect(formatDate('2026-05-16', 'zh-TW')).toBe('2026\u00a0年 5\u00a0月 16\u00a0日');
    expect(formatDate('2026-04', 'zh-TW')).toBe('2026\u00a0年 4\u00a0月');
    expect(formatDate('2025-12', 'zh-TW')).toBe('2025\u00a0年 12\u00a0月');
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
  it('keeps a number with its unit by a no-break space, and spaces a unit from the next number normally', () => {
    expect(spaceCjkDigits('2026年5月16日')).toBe('2026\u00a0年 5\u00a0月 16\u00a0日');
    expect(spaceCjkDigits('第3段')).toBe('第 3\u00a0段');
  });
});

describe('formatMonthShort()', () => {
  it('gives an axis-sized month per locale, with its year', () => {
    expect(formatMonthShort('2026-01', 'en')).toBe('Jan 2026');
    expect(formatMonthShort('2025-11', 'zh-TW')).toBe('2025\u00a0年 11\u00a0月');
  });
});

describe('formatMonthShort() without the year', () => {
  it('gives the month alone, for axis ticks', () => {
    expect(formatMonthShort('2026-03', 'en', false)).toBe('Mar');
    expect(formatMonthShort('2026-03', 'zh-TW', false)).toBe('3\u00a0月');
  });
});

describe('formatMonthShort() tight', () => {
  it('leaves out the spaces for phone-width chart axes only', () => {
    expect(formatMonthShort('2026-01', 'zh-TW', true, true)).toBe('2026年1月');
    expect(formatMonthShort('2026-01', 'zh-TW')).toBe('2026\u00a0年 1\u00a0月');
  });
});

describe('spaceMixed() and fmtText()', () => {
  it('spaces Chinese from Latin names filled into a template', () => {
    expect(fmtText('{a}與{b}對照', { a: 'Qwen 報導', b: 'sdd.sh 部落格' }, 'zh-TW')).toBe('Qwen 報導與 sdd.sh 部落格對照');
  });
  it('keeps a number with its unit, turning a breakable space into a no-break one', () => {
    expect(spaceMixed('1,250 億美元')).toBe('1,250\u00a0億美元');
    expect(spaceMixed('2026年第1季')).toBe('2026\u00a0年第 1 季');
  });
  it('leaves English untouched', () => {
    expect(fmtText('{a} and {b} compared', { a: 'Qwen report', b: 'sdd.sh post' }, 'en')).toBe('Qwen report and sdd.sh post compared');
  });
});

