/**
 * Everyday words for what the site writes differently. A reader types 延遲
 * where the site wrote 延後 or 推遲, "postponed" where it wrote "slipped".
 *
 * Applied at query time, in the search script: a query becomes a few
 * variants (itself first, then each synonym swapped in), Pagefind runs each,
 * and the results merge by page (src/lib/search-rank.ts). Not at index time:
 * hidden synonym text would weigh on every indexed page, surface in
 * excerpts and be read out by screen readers, and a change to this list
 * would need a rebuild of the index; here it is a small module the search
 * page already loads.
 *
 * Each group lists words that mean the same to a reader of this site, in one
 * language. English entries match whole words and their inflections
 * (delay → delays, delayed, delaying; slip → slipped); a hyphen and a space
 * are the same (open-weight = open weight). Chinese entries match anywhere
 * in the query, since Chinese has no spaces between words.
 */
import type { Locale } from '../i18n/locales.ts';

export const SYNONYMS: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['delay', 'slip', 'postpone'],
    ['closed', 'proprietary', 'closed-source'],
    ['open-weight', 'open-source'],
    ['price', 'pricing', 'cost'],
    ['capex', 'capital expenditure', 'capital spending'],
    ['release', 'launch'],
  ],
  'zh-TW': [
    ['延遲', '延後', '推遲', '延期'],
    ['資本支出', '資本開支'],
    ['封閉', '閉源', '專有'],
    ['開放權重', '開源'],
    ['價格', '定價', '費用'],
    ['發布', '推出', '上市'],
  ],
};

/** How many variants a query may become: each one is a Pagefind search. */
export const MAX_VARIANTS = 8;

const LATIN = /^[\p{Script=Latin}\p{N}\s-]+$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one entry: Chinese anywhere, Latin as a whole word with its inflections. */
function entryPattern(entry: string): RegExp {
  if (!LATIN.test(entry)) return new RegExp(escape(entry), 'u');
  const body = entry.split(/[\s-]+/).map(escape).join('[\\s-]+');
  const last = entry.at(-1)!;
  // delay+s/ed/ing, price+d, slip+ped (a doubled final consonant), postpone+d.
  const inflection = `(?:s|es|d|ed|ing|${escape(last)}ed|${escape(last)}ing)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${inflection}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The queries to run for what the reader typed: the query itself first,
 * then, for each synonym group a word of the query belongs to, the query
 * with that word replaced by each other word of its group (single swaps
 * before combined ones). At most MAX_VARIANTS, no duplicates.
 * @example expandQuery('延遲', 'zh-TW') // ['延遲', '延後', '推遲', '延期']
 * @example expandQuery('launch postponed', 'en') // ['launch postponed', 'release postponed', 'launch delay', 'release delay', …]
 */
export function expandQuery(query: string, locale: Locale, groups = SYNONYMS[locale]): string[] {
  const q = query.trim();
  const hits: { pattern: RegExp; others: string[] }[] = [];
  for (const group of groups) {
    // Longest first, so "closed-source" is read as itself and not as "closed".
    const hit = [...group].sort((a, b) => b.length - a.length).find((entry) => entryPattern(entry).test(q));
    if (hit) hits.push({ pattern: entryPattern(hit), others: group.filter((w) => w !== hit) });
  }
  // One swap before two: the variants closest to what was typed come first.
  const variants = new Set([q]);
  let frontier = [{ text: q, next: 0 }];
  while (frontier.length > 0 && variants.size < MAX_VARIANTS) {
    const deeper: typeof frontier = [];
    for (const { text, next } of frontier) {
      for (let g = next; g < hits.length; g++) {
        for (const other of hits[g]!.others) {
          const swapped = text.replace(hits[g]!.pattern, other);
          variants.add(swapped);
          deeper.push({ text: swapped, next: g + 1 });
        }
      }
    }
    frontier = deeper;
  }
  return [...variants].slice(0, MAX_VARIANTS);
}

/**
 * Whether a title says what the query asks, in any of its variants: every
 * word of some variant appears in it (case-insensitive; English inflections
 * count, as the search does). A result whose title says it ranks above one
 * that mentions it in passing.
 * @example titleSays('Avocado 的發布已經兩度延後。', ['延遲', '延後']) === true
 * @example titleSays("Avocado's release has been delayed twice.", ['postponed', 'delay']) === true
 */
export function titleSays(title: string, variants: readonly string[]): boolean {
  const t = title.toLowerCase();
  return variants.some((v) => {
    const words = v.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every((w) => (LATIN.test(w) ? entryPattern(w).test(t) : t.includes(w)));
  });
}
