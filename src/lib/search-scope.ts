/**
 * What the search index holds. A reader searches for a thing: an article,
 * a source, a claim, a topic, the dataset. Lists (the matrix, the
 * disagreements, the paginated indexes, comparisons, the home page) only
 * repeat what those pages say, so indexing them would return the same words
 * several times over and, on a large site, multiply the indexer's memory.
 * Inside an indexed page, the parts that point elsewhere (related lists,
 * a source's claims table, the citation line) carry data-pagefind-ignore.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { sectionSegment, type Route, type RouteKind } from './urls.ts';

export const SEARCHABLE_KINDS: ReadonlySet<RouteKind> = new Set<RouteKind>(['article', 'source', 'claim', 'tag', 'data', 'method']);

/**
 * Whether a page's main content goes into the search index: its kind is an
 * item kind and it is the item's first page (a topic's later pages are lists).
 * @example isSearchable({ kind: 'claim', id: 'x' }) === true
 * @example isSearchable({ kind: 'tag', id: 'x', page: 2 }) === false
 * @example isSearchable(null) === false // the 404 page
 */
export function isSearchable(route: Route | null): boolean {
  return route !== null && SEARCHABLE_KINDS.has(route.kind) && (route.page ?? 1) === 1;
}

/**
 * The index is written in shards, each by its own indexer process, and the
 * search page merges them (Pagefind's mergeIndex). Pagefind holds all it has
 * read in memory until it writes, most of all for Chinese (about 0.5 MB per
 * claim page, measured at 10,000 pages); claims, five per source, get an
 * indexer of their own, so no single process holds a whole language.
 */
export const SEARCH_SHARDS = [
  { id: 'pages', kinds: ['article', 'source', 'tag', 'data', 'method'] },
  { id: 'claims', kinds: ['claim'] },
] as const satisfies readonly { id: string; kinds: readonly RouteKind[] }[];

export type SearchShard = (typeof SEARCH_SHARDS)[number]['id'];

/**
 * The HTML files one shard indexes, as a Pagefind glob relative to the site.
 * @example shardGlob('zh-TW', SEARCH_SHARDS[1]) // every .html file under zh-tw/claims/
 */
export function shardGlob(locale: Locale, shard: (typeof SEARCH_SHARDS)[number]): string {
  const sections = [...new Set(shard.kinds.map(sectionSegment))];
  return `${localeInfo(locale).path}/${sections.length > 1 ? `{${sections.join(',')}}` : sections[0]}/**/*.html`;
}

/**
 * Chrome inside an indexed page that would jumble a result's excerpt: labels
 * ("Fact", "Source 002 · Blog post", "Our translation"), badges (stances,
 * statuses), field names ("Value:", "Our note:") and the date-and-byline
 * lines, and the margin notes (.cn-side: the evidence note at the end says
 * the same). Excluded by class, in the indexer's command, so a page keeps its
 * markup and the words a reader looks for stay indexed. What a result is
 * (its kind, a claim's verdict, a source's name) travels as meta instead
 * (src/lib/search-meta.ts).
 */
export const SEARCH_EXCLUDE_SELECTORS = ['.label', '.badge', '.muted', '.meta', '.cn-side'] as const;
