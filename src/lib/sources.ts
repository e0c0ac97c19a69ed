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
 * The archive number (000–004): an identifier for editors, shown only in a
 * source's fact box and the open data, never as a name for readers.
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

/**
 * What readers call a source (its editor-written short name), in `locale`.
 * @example sourceName({ shortName: { en: 'Qwen report', 'zh-TW': 'Qwen 報導' } }, 'zh-TW') === 'Qwen 報導'
 */
export function sourceName(source: Pick<Source, 'shortName'>, locale: Locale): string {
  return source.shortName[locale];
}

/**
 * The CSS class that colours a source's mark (base.css sets --mk, the
 * mark's colour, per Okabe–Ito hue, light and dark).
 * @example markClass({ mark: { glyph: 'Q', color: 'vermillion' } }) === 'mk-vermillion'
 */
export function markClass(source: Pick<Source, 'mark'>): string {
  return `mk-${source.mark.color}`;
}
