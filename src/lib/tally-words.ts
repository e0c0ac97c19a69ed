/**
 * A claim's tally in words ("3 support · 1 disputes · 1 silent"), so the
 * stance strip and the matrix never rely on colour or symbols alone. Each
 * count is its own dictionary template with a plural form; zero counts are
 * left out. (The verdicts work brings its own tally component; this is the
 * matrix's and the findings' until then.)
 */
import type { Locale } from '../i18n/locales.ts';
import type { Tally } from './evidence.ts';
import { fmt } from './format.ts';

export type PluralTemplate = { one: string; other: string };
export type TallyStrings = Record<keyof Tally, PluralTemplate> & { sep: string };

const plurals = new Map<Locale, Intl.PluralRules>();
/** @example plural({ one: '{n} source', other: '{n} sources' }, 2, 'en') === '2 sources' */
export function plural(t: PluralTemplate, n: number, locale: Locale, more: Record<string, string | number> = {}): string {
  if (!plurals.has(locale)) plurals.set(locale, new Intl.PluralRules(locale));
  return fmt(plurals.get(locale)!.select(n) === 'one' ? t.one : t.other, { ...more, n });
}

const ORDER: (keyof Tally)[] = ['supports', 'disputes', 'qualifies', 'superseded', 'silent'];

/**
 * @example tallyWords({ supports: 3, disputes: 1, qualifies: 0, superseded: 0, silent: 1 }, en.tally, 'en')
 *   // '3 support · 1 disputes · 1 silent'
 */
export function tallyWords(tally: Tally, t: TallyStrings, locale: Locale): string {
  return ORDER.filter((k) => tally[k] > 0).map((k) => plural(t[k], tally[k], locale)).join(t.sep);
}
