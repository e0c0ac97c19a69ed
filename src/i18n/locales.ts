/**
 * The one locale registry. Everything that needs a locale (routes, <html lang>,
 * hreflang, Intl, Open Graph) reads it from here; nothing else hard-codes one.
 *
 * `code` is the BCP 47 tag used in content files, `<html lang>` and Intl;
 * `path` is the URL segment. They differ on purpose: URLs stay lower-case.
 */
export const LOCALES = [
  { code: 'en', path: 'en', label: 'English', ogLocale: 'en_US', dir: 'ltr' },
  { code: 'zh-TW', path: 'zh-tw', label: '正體中文', ogLocale: 'zh_TW', dir: 'ltr' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export type LocalePath = (typeof LOCALES)[number]['path'];
export type LocaleInfo = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = LOCALES.map((l) => l.code) as Locale[];

/** @example localeInfo('zh-TW').path === 'zh-tw' */
export function localeInfo(code: Locale): LocaleInfo {
  const info = LOCALES.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}

/** @example localeFromPath('zh-tw') === 'zh-TW' */
export function localeFromPath(path: string): Locale | undefined {
  return LOCALES.find((l) => l.path === path)?.code;
}

/** The locales other than `code`, in registry order (for switchers and hreflang). */
export function otherLocales(code: Locale): Locale[] {
  return LOCALE_CODES.filter((c) => c !== code);
}

/**
 * The language a text is written in, as content files name it. Quotes keep
 * their source's language, which is not always a site locale's script tag.
 */
export const TEXT_LANGS = ['en', 'zh-Hant'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

/** The site locale whose readers read `lang` natively. */
export function localeOfTextLang(lang: TextLang): Locale {
  return lang === 'zh-Hant' ? 'zh-TW' : 'en';
}
