/**
 * Locale-aware formatting. Sentences are never glued from fragments: UI
 * strings carry named placeholders that `fmt` fills.
 */
import type { Locale } from '../i18n/locales.ts';

/**
 * Fills `{name}` placeholders; a missing value is an error, not a blank.
 * @example fmt('{n} claims', { n: 3 }) === '3 claims'
 */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`fmt: no value for {${key}} in "${template}"`);
    return String(v);
  });
}

/**
 * Formats YYYY-MM-DD or YYYY-MM in UTC, so the day shown is the day written
 * whatever the build machine's time zone. Chinese dates follow the zh-TW
 * style guide (a half-width space between digits and 年月日), which Intl's
 * "2026年5月16日" does not.
 * @example formatDate('2026-05-16', 'en') === 'May 16, 2026'
 * @example formatDate('2026-05-16', 'zh-TW') === '2026 年 5 月 16 日'
 */
export function formatDate(iso: string, locale: Locale, precision: 'day' | 'month' = iso.length === 7 ? 'month' : 'day'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  const opts: Intl.DateTimeFormatOptions =
    precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return spaceCjkDigits(dateFormat(locale, opts).format(new Date(Date.UTC(y, m - 1, d ?? 1))));
}

// Building an Intl formatter costs far more than using one (formatDate was
// the hottest function of a 4,000-page build): one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${locale} ${JSON.stringify(opts)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, opts));
  return formatters.get(key) as Intl.DateTimeFormat;
}

/**
 * Puts one half-width space between digits and CJK characters, as the
 * zh-TW style guide asks ("2026 年 5 月 16 日"); Intl writes "2026年5月16日".
 * @example spaceCjkDigits('2026年5月16日') === '2026 年 5 月 16 日'
 */
export function spaceCjkDigits(text: string): string {
  return text.replace(/(\d)(?=[\u3400-\u9fff])/g, '$1 ').replace(/([\u3400-\u9fff])(?=\d)/g, '$1 ');
}


/**
 * A month in short form for chart axes, in UTC.
 * @example formatMonthShort('2026-01', 'en') === 'Jan 2026'
 * @example formatMonthShort('2026-01', 'zh-TW') === '2026 年 1 月'
 * @example formatMonthShort('2026-03', 'en', false) === 'Mar'
 * @example formatMonthShort('2026-01', 'zh-TW', true, true) === '2026年1月' (tight: phone-width chart axes)
 */
export function formatMonthShort(ym: string, locale: Locale, withYear = true, tight = false): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const opts: Intl.DateTimeFormatOptions = withYear ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  const text = dateFormat(locale, opts).format(new Date(Date.UTC(y, m - 1, 1)));
  return tight ? text : spaceCjkDigits(text);
}

/** @example formatNumber(1234, 'en') === '1,234' */
export function formatNumber(n: number, locale: Locale): string {
  const key = `number ${locale}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale));
  return (formatters.get(key) as Intl.NumberFormat).format(n);
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Splits plain-text prose into paragraphs at blank lines and unwraps each
 * paragraph's lines. A line break between two CJK characters becomes
 * nothing, not a space: Chinese has no spaces between words.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .trim()
        .replace(/(.)[ \t]*\n\s*(.)/gu, (_, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? a + b : `${a} ${b}`)),
    )
    .filter(Boolean);
}

/** The text for one locale from a `{ en, zh-TW }` object. */
export function pick<T>(text: Record<Locale, T>, locale: Locale): T {
  return text[locale];
}

