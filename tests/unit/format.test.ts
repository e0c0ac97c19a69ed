import { describe, expect, it } from 'vitest';
import { fmt, formatDate, formatNumber, paragraphs } from '../../src/lib/format.ts';

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
