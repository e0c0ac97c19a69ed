/**
 * Every internal URL is built here, from a locale and ids; never from
 * translated text. One trailing-slash style: every page URL ends in '/'.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';
import type { ClaimStatus } from './model.ts';

/** Page kinds that take an id. `compare` takes `<source-a>--<source-b>`. */
type IdKind = 'source' | 'claim' | 'article' | 'tag' | 'compare';
export type RouteKind = 'home' | 'sources' | 'claims' | 'articles' | 'tags' | 'search' | 'data' | 'disagreements' | 'method' | 'corrections' | 'translations' | IdKind;

/**
 * A page, independent of language: the language switcher maps it across.
 * `page` numbers the pages of a long list (the matrix, sources, articles);
 * page 1 is the list's own URL, later pages are …/page/<n>/.
 */
export type Route = { kind: Exclude<RouteKind, IdKind>; page?: number } | { kind: IdKind; id: string; page?: number };

const SECTION: Record<RouteKind, string> = {
  home: '',
  sources: 'sources',
  source: 'sources',
  claims: 'claims',
  claim: 'claims',
  articles: 'articles',
  article: 'articles',
  tags: 'tags',
  tag: 'tags',
  search: 'search',
  data: 'data',
  disagreements: 'disagreements',
  compare: 'compare',
  // What each stance, status and verdict means, at #stance-…, #status-… and #verdict-<label>.
  method: 'method',
  corrections: 'corrections',
  // For editors (noindex, out of search and the sitemap): which language version is behind.
  translations: 'translations',
};

/** The URL segment of a page kind's section: 'claims' for a claim. */
export const sectionSegment = (kind: RouteKind): string => SECTION[kind];

/** The path segment before a list's page number; ids may not take it (see validate.ts). */
export const PAGE_SEGMENT = 'page';

/**
 * @example localizedUrl('zh-TW', { kind: 'claim', id: 'release-window' }, 'source-mlq')
 *   === '/zh-tw/claims/release-window/#source-mlq'
 * @example localizedUrl('en', { kind: 'claims', page: 3 }) === '/en/claims/page/3/'
 */
export function localizedUrl(locale: Locale, route: Route, anchor?: string): string {
  const paged = route.page && route.page > 1 ? [PAGE_SEGMENT, String(route.page)] : [];
  const parts = [localeInfo(locale).path, SECTION[route.kind], 'id' in route ? route.id : '', ...paged].filter(Boolean);
  return `/${parts.join('/')}/${anchor ? `#${anchor}` : ''}`;
}

/** Anchor of a claim's row on a source page. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
/** Anchor of a source's position on a claim page. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/**
 * Anchors of the definitions on the method page, built from the labels' ids:
 * every badge links to its own.
 * @example localizedUrl('en', { kind: 'method' }, verdictAnchor('holds-up')) === '/en/method/#verdict-holds-up'
 */
export const verdictAnchor = (label: string) => `verdict-${label}`;
/** @example statusAnchor('contested') === 'status-contested' */
export const statusAnchor = (status: string) => `status-${status}`;
/** @example stanceAnchor('supports') === 'stance-supports' */
export const stanceAnchor = (stance: string) => `stance-${stance}`;
/** A correction's entry on the corrections page. @example correctionAnchor('2026-12-02-x') === 'correction-2026-12-02-x' */
export const correctionAnchor = (id: string) => `correction-${id}`;

/** The corrections feed of one language. @example correctionsFeedUrl('en') === '/en/corrections/rss.xml' */
export const correctionsFeedUrl = (locale: Locale) => `/${localeInfo(locale).path}/${SECTION.corrections}/rss.xml`;

/** The RSS feed of one language. @example feedUrl('zh-TW') === '/zh-tw/rss.xml' */
export const feedUrl = (locale: Locale) => `/${localeInfo(locale).path}/rss.xml`;

/** The web app manifest of one language (its name and start page are localized). */
export const manifestUrl = (locale: Locale) => `/${localeInfo(locale).path}/manifest.webmanifest`;

/**
 * The social-card image of a page: the page's URL under /og/, as a PNG.
 * @example ogImageUrl('en', { kind: 'claim', id: 'x' }) === '/og/en/claims/x.png'
 */
export function ogImageUrl(locale: Locale, route: Route): string {
  return `/og${localizedUrl(locale, route).slice(0, -1)}.png`;
}

/**
 * The social card every claim of one status shares (see src/lib/og/cards.ts).
 * No claim page sits under /og/…/claims/status/: ids take no '/'.
 * @example statusCardUrl('en', 'contested') === '/og/en/claims/status/contested.png'
 */
export function statusCardUrl(locale: Locale, status: ClaimStatus): string {
  return `/og/${localeInfo(locale).path}/${SECTION.claims}/status/${status}.png`;
}

/** The open-data files: language-neutral, one copy for both editions. */
export const DATA_FILES = {
  json: '/data/claims.json',
  csv: '/data/claims.csv',
  schema: '/data/claims.schema.json',
} as const;

/** The folder that holds the search bundles; the CSP spots search pages by it. */
export const PAGEFIND_ROOT = '/pagefind/';

/**
 * One shard of one language's search index (src/lib/search-scope.ts): each
 * is written by its own indexer, and a language's search page merges its own.
 * @example searchBundleUrl('zh-TW', 'claims') === '/pagefind/zh-tw/claims/'
 */
export const searchBundleUrl = (locale: Locale, shard: string) => `${PAGEFIND_ROOT}${localeInfo(locale).path}/${shard}/`;
