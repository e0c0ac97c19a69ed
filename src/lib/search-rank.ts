/**
 * One result list from several searches (a query and its synonym variants,
 * src/lib/search-synonyms.ts). Pure: the search script hands in Pagefind's
 * results, anything with an id and a score.
 */

/**
 * Merges the variants' result lists: one entry per page, with the best score
 * any variant gave it (and that variant's result, so the excerpt marks the
 * word that matched), best first. Ties keep the order of the variants, so
 * the reader's own word wins over a synonym.
 * @example mergeResults([[{ id: 'a', score: 1 }], [{ id: 'a', score: 3 }, { id: 'b', score: 2 }]]) // a (3), b (2)
 */
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { r: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.r.score) best.set(r.id, { r, order: seen?.order ?? order });
      order++;
    }
  }
  return [...best.values()].sort((a, b) => b.r.score - a.r.score || a.order - b.order).map((e) => e.r);
}

/**
 * Results whose title says what was asked come first, in score order, then
 * the rest: a claim whose statement is "Avocado's release has been delayed
 * twice" answers "delay" better than a long article that uses the word ten
 * times, or a page that mentions it once in a quote. Pagefind's score alone
 * cannot say so: it compares pages within one search, and a rare synonym
 * scores high because it is rare. Among the titles that say it, the shorter
 * first: a short title that names the word is about it ("Avocado's release
 * has been delayed twice"), a long one names it among other things ("Llama
 * 4's launch faltered amid delays and benchmark controversies"). Stable
 * otherwise: equal lengths, and the rest, keep the order given.
 * @example titleFirst([{ title: 'x' }, { title: 'delay' }], (t) => t.includes('delay')) // [{ title: 'delay' }, { title: 'x' }]
 */
export function titleFirst<T extends { title: string }>(items: readonly T[], says: (title: string) => boolean): T[] {
  const yes = items.filter((i) => says(i.title));
  const shortFirst = [...yes].sort((a, b) => Array.from(a.title).length - Array.from(b.title).length);
  return [...shortFirst, ...items.filter((i) => !yes.includes(i))];
}
