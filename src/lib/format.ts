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
  return text
    .replace(/(\d)(?=[\u3400-\u9fff])/g, (_, d: string, offset: number, all: string) => d + (UNITS.test(all[offset + 1]!) ? NBSP : ' '))
    .replace(/([\u3400-\u9fff])(?=\d)/g, '$1 ');
}

/** A no-break space: between a number and its unit the line never breaks (zh-TW style guide). */
export const NBSP = '\u00a0';
/** The units a number must stay with: 2026 年, 5 月, 16 日, 1,250 億, 第 3 段, 第 2 節. */
const UNITS = /^[年月日億段節]$/;

/**
 * The zh-TW spacing rules applied to text the site assembles (a template
 * with names or numbers filled in): a half-width space between CJK and
 * Latin letters or digits, and a no-break space between a number and its
 * unit. Text already spaced is left alone.
 * @example spaceMixed('Qwen 報導與sdd.sh 部落格') === 'Qwen 報導與 sdd.sh 部落格'
 * @example spaceMixed('1,250 億') === '1,250\u00a0億'
 */
export function spaceMixed(text: string): string {
  return text
    .replace(/([\u3400-\u9fff])(?=[A-Za-z0-9$])/g, '$1 ')
    .replace(/([A-Za-z0-9%])(?=[\u3400-\u9fff])/g, (_, c: string, offset: number, all: string) => c + (/\d/.test(c) && UNITS.test(all[offset + 1]!) ? NBSP : ' '))
    .replace(/(\d) (?=[年月日億段節])/g, `$1${NBSP}`);
}

/**
 * fmt() for a sentence the site writes in `locale`: in Chinese the filled-in
 * names and numbers get the style guide's spacing (see spaceMixed).
 * @example fmtText('{a}與{b}對照', { a: 'Qwen 報導', b: 'sdd.sh 部落格' }, 'zh-TW') === 'Qwen 報導與 sdd.sh 部落格對照'
 */
export function fmtText(template: string, values: Record<string, string | number>, locale: Locale): string {
  const text = fmt(template, values);
  return locale === 'zh-TW' ? spaceMixed(text) : text;
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

