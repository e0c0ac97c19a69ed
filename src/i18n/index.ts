/** Typed UI dictionaries, one per locale in the registry. */
import type { Locale } from './locales.ts';
import en, { type UIStrings } from './ui/en.ts';
import zhTW from './ui/zh-tw.ts';

const DICTIONARIES: Record<Locale, UIStrings> = { en, 'zh-TW': zhTW };

/** @example useStrings('zh-TW').nav.sources === '來源' */
export function useStrings(locale: Locale): UIStrings {
  return DICTIONARIES[locale];
}

export type { UIStrings };
export * from './locales.ts';
