/**
 * What the search index holds. A reader searches for a thing: an article,
 * a source, a claim, a topic, the dataset. Lists (the matrix, the
 * disagreements, the paginated indexes, comparisons, the home page) only
 * repeat what those pages say, so indexing them would return the same words
 * several times over and, on a large site, multiply the indexer's memory.
 * Inside an indexed page, the parts that point elsewhere (related lists,
 * a source's claims table, the citation line) carry data-pagefind-ignore.
 */
import type { Route, RouteKind } from './urls.ts';

export const SEARCHABLE_KINDS: ReadonlySet<RouteKind> = new Set<RouteKind>(['article', 'source', 'claim', 'tag', 'data']);

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
