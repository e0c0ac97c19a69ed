/**
 * Splitting long lists into numbered pages, so no page grows with the corpus
 * (issue 7: every page stays within its weight budget at 10,000 pages).
 * Page 1 keeps the list's own URL; later pages live at …/page/<n>/.
 */
import { fmt } from './format.ts';

/** One page of a list: 1-based page number, the page count, and where its items start. */
export interface Slice<T> {
  page: number;
  pages: number;
  /** 0-based index of `items[0]` in the whole list. */
  start: number;
  items: T[];
}

/**
 * Cuts `items` into pages of at most `size`. An empty list still has one (empty) page.
 * `first` sizes page 1 apart, for a list whose first page also carries
 * something else (the disagreements list's qualified claims and pairs), so
 * that page weighs no more than the others.
 * @example paginate([1, 2, 3], 2).map((s) => s.items) // [[1, 2], [3]]
 * @example paginate([1, 2, 3, 4], 3, 1).map((s) => s.items) // [[1], [2, 3, 4]]
 */
export function paginate<T>(items: readonly T[], size: number, first = size): Slice<T>[] {
  if (!(size >= 1) || !(first >= 1)) throw new Error(`paginate: page size must be at least 1, got ${Math.min(size, first)}`);
  const pages = 1 + Math.max(0, Math.ceil((items.length - first) / size));
  const start = (i: number) => (i === 0 ? 0 : first + (i - 1) * size);
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, start: start(i), items: items.slice(start(i), i === 0 ? first : start(i) + size) }));
}

/**
 * Which page numbers a pager shows: the first, the last, and a window around
 * the current one; null marks a gap. Bounded, however many pages there are.
 * @example pagerWindow(5, 10) // [1, null, 4, 5, 6, null, 10]
 */
export function pagerWindow(page: number, pages: number, radius = 1): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * radius + 1 }, (_, i) => page - radius + i), pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/**
 * Splits a list into runs of neighbours with the same key, keeping order.
 * @example groupRuns([1, 1, 2, 1], (n) => n).map((g) => g.items.length) // [2, 1, 1]
 */
export function groupRuns<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

/**
 * The title of page `page` of a list: the list's own title on page 1, the
 * numbered form (`template`, with {title}, {n}, {pages}) after it.
 * @example pagedTitle('{title}, page {n} of {pages}', 'Sources', 2, 3) === 'Sources, page 2 of 3'
 */
export function pagedTitle(template: string, title: string, page: number, pages: number): string {
  return page > 1 ? fmt(template, { title, n: page, pages }) : title;
}
