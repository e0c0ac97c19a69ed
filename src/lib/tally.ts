/**
 * A claim's evidence tally in words ("3 support · 1 qualifies · 0 silent"),
 * in the page's language: the text beside any coloured bar, so the count
 * never rests on colour. Plural forms come from the dictionaries, chosen by
 * Intl.PluralRules.
 */
import { useStrings, type Locale } from '../i18n/index.ts';
import type { Tally } from './evidence.ts';
import { fmt, formatNumber } from './format.ts';

export type TallyKey = keyof Tally;

export interface TallyPart {
  key: TallyKey;
  n: number;
  text: string;
}

/** A dictionary entry with a form for one and for every other count. */
export type PluralTemplate = { one: string; other: string };

const rules = new Map<Locale, Intl.PluralRules>();
/**
 * The template's form for `n` (by Intl.PluralRules), with `n` formatted for
 * the locale and any other placeholders filled.
 * @example plural({ one: '{n} source', other: '{n} sources' }, 2, 'en') === '2 sources'
 */
export function plural(t: PluralTemplate, n: number, locale: Locale, more: Record<string, string | number> = {}): string {
  if (!rules.has(locale)) rules.set(locale, new Intl.PluralRules(locale));
  return fmt(rules.get(locale)!.select(n) === 'one' ? t.one : t.other, { ...more, n: formatNumber(n, locale) });
}

/**
 * The tally's parts in reading order. Supports, disputes, qualifies and
 * silent are always given (a zero is information); superseded only when a
 * forecast was overtaken.
 * @example tallyParts({ supports: 3, disputes: 0, qualifies: 1, superseded: 1, silent: 0 }, 'en').map((p) => p.text)
 *   // ['3 support', '0 dispute', '1 qualifies', '1 superseded', '0 silent']
 * @example tallyParts({ supports: 1, disputes: 0, qualifies: 0, superseded: 0, silent: 4 }, 'zh-TW')[0].text === '1 個支持'
 */
export function tallyParts(tally: Tally, locale: Locale): TallyPart[] {
  const t = useStrings(locale).tally;
  const keys: TallyKey[] = ['supports', 'disputes', 'qualifies', 'superseded', 'silent'];
  return keys
    .filter((key) => key !== 'superseded' || tally.superseded > 0)
    .map((key) => ({ key, n: tally[key], text: plural(t[key], tally[key], locale) }));
}

/**
 * The parts joined as one line, with the locale's separator: the same words
 * on the claim page, in the matrix, in lists and in the home page's findings.
 * @example tallyText(tally, 'en') === '3 support · 0 dispute · 1 qualifies · 0 silent'
 */
export function tallyText(tally: Tally, locale: Locale): string {
  return tallyParts(tally, locale).map((p) => p.text).join(useStrings(locale).tally.sep);
}
