/**
 * Which title a source goes by on a page, and in which language it is
 * written: English pages show a Chinese source under its English
 * translation; Chinese pages show every source as published. The language
 * goes on the element (lang=…) so screen readers pronounce it and the CSS
 * picks fonts that draw its punctuation right.
 */
import { localeOfTextLang, type Locale } from '../i18n/locales.ts';
import type { Source } from './model.ts';

/**
 * @example displayTitle({ title: { published: '從開放到封閉', lang: 'zh-Hant', translation: 'From open to closed' } }, 'en')
 *   // → { text: 'From open to closed', lang: 'en' }
 */
export function displayTitle(source: Pick<Source, 'title'>, locale: Locale): { text: string; lang: Locale } {
  const { published, lang, translation } = source.title;
  if (locale === 'en' && lang !== 'en') return { text: translation, lang: 'en' };
  return { text: published, lang: localeOfTextLang(lang) };
}
