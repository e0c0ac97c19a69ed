/** How the site names a source to readers. */
import type { Locale } from '../i18n/locales.ts';
import type { Source } from './model.ts';

/**
 * The title a reader of `locale` can read: as published, except that an
 * English reader gets the translation of a Chinese title.
 * @example sourceTitle(chineseSource, 'en') === chineseSource.title.translation
 */
export function sourceTitle(source: Pick<Source, 'title'>, locale: Locale): string {
  return locale === 'en' && source.title.lang !== 'en' ? source.title.translation : source.title.published;
}

/**
 * The short name the analysis uses for a source: its archive number.
 * @example sourceCode({ archiveId: '003_fa169f689d55eb44' }) === '003'
 */
export function sourceCode(source: Pick<Source, 'archiveId'>): string {
  return source.archiveId.slice(0, 3);
}

/**
 * The language of the title `sourceTitle` shows, as a page locale (for the
 * lang attribute, so the right fonts draw it).
 * @example sourceTitleLang(englishSource, 'zh-TW') === 'en'
 */
export function sourceTitleLang(source: Pick<Source, 'title'>, locale: Locale): Locale {
  if (locale === 'en' && source.title.lang !== 'en') return 'en';
  return source.title.lang === 'zh-Hant' ? 'zh-TW' : 'en';
}
