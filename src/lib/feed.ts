/**
 * One RSS 2.0 feed per language, listing that language's articles, newest
 * first. Options for @astrojs/rss are built here so they can be tested
 * without Astro; the route only hands them over.
 */
import { useStrings, type Locale } from '../i18n/index.ts';
import type { Article, Correction, Tag } from './model.ts';
import { correctionAnchor, correctionsFeedUrl, feedUrl, localizedUrl } from './urls.ts';

/** RSS <language> values are lower-case language tags. @example feedLanguage('zh-TW') === 'zh-tw' */
export const feedLanguage = (locale: Locale) => locale.toLowerCase();

/** Dates are calendar days; noon UTC keeps the day the same in every time zone a reader is in. */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

export interface FeedInput {
  locale: Locale;
  articles: readonly Article[];
  tagById: ReadonlyMap<string, Tag>;
  siteUrl: URL | string;
}

const ATOM = { atom: 'http://www.w3.org/2005/Atom' };

/** A channel's language, last build date (its newest item) and self link: the same for every feed. */
function channelData(locale: Locale, selfUrl: string, latest: string | undefined): string {
  return [
    `<language>${feedLanguage(locale)}</language>`,
    latest ? `<lastBuildDate>${day(latest).toUTCString()}</lastBuildDate>` : '',
    `<atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

/** @example feedOptions({ locale: 'en', articles, tagById, siteUrl }).items.length === articles.length */
export function feedOptions({ locale, articles, tagById, siteUrl }: FeedInput) {
  const t = useStrings(locale);
  const abs = (path: string) => new URL(path, siteUrl).href;
  const latest = articles.map((a) => a.updated).sort().at(-1);
  return {
    title: t.feed.title,
    description: t.feed.description,
    // The channel's <link> is this language's home page.
    site: abs(localizedUrl(locale, { kind: 'home' })),
    xmlns: ATOM,
    customData: channelData(locale, abs(feedUrl(locale)), latest),
    items: articles.map((a) => ({
      title: a.title,
      description: a.description,
      link: abs(localizedUrl(locale, { kind: 'article', id: a.id })),
      pubDate: day(a.published),
      categories: a.tags.map((id) => tagById.get(id)?.label[locale] ?? id),
    })),
  };
}

export interface CorrectionsFeedInput {
  locale: Locale;
  /** Newest first, as Site.corrections holds them. */
  corrections: readonly Correction[];
  siteUrl: URL | string;
}

/**
 * The corrections feed of one language: one item per correction, its link
 * the entry's anchor on the corrections page, its text what changed and why.
 * @example correctionsFeedOptions({ locale: 'en', corrections, siteUrl }).items[0].link.endsWith('#correction-<id>')
 */
export function correctionsFeedOptions({ locale, corrections, siteUrl }: CorrectionsFeedInput) {
  const t = useStrings(locale);
  const abs = (path: string) => new URL(path, siteUrl).href;
  const latest = corrections.map((c) => c.date).sort().at(-1);
  const sep = t.punct.colon;
  return {
    title: t.corrections.feedTitle,
    description: t.corrections.feedDescription,
    site: abs(localizedUrl(locale, { kind: 'corrections' })),
    xmlns: ATOM,
    customData: channelData(locale, abs(correctionsFeedUrl(locale)), latest),
    items: corrections.map((c) => ({
      title: c.summary[locale],
      description: [`${t.corrections.was}${sep}${c.was[locale]}`, `${t.corrections.now}${sep}${c.now[locale]}`, `${t.corrections.why}${sep}${c.why[locale]}`].join('\n'),
      link: abs(localizedUrl(locale, { kind: 'corrections' }, correctionAnchor(c.id))),
      pubDate: day(c.date),
    })),
  };
}
