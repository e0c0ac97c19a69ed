/**
 * What a search result says about itself before its title: its kind, and for
 * a claim its verdict (or, until it has one, its status), for a source its
 * short name and mark. Written at build time into the indexed page's
 * `data-pagefind-meta` as codes and names, never as interface words: the
 * search script turns the codes into labels from the dictionaries, so an
 * English result never carries a Chinese label or the reverse.
 */
import type { Locale } from '../i18n/locales.ts';
import type { VerdictLabel } from '../schemas/claim.ts';
import type { MarkColor } from '../schemas/source.ts';
import type { ClaimStatus } from './model.ts';
import type { Route } from './urls.ts';

/** A result's kind as the search page labels it: the data and method pages are "pages". */
export const RESULT_KINDS = ['article', 'claim', 'source', 'tag', 'page'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** The fields the search script reads from a result's meta (all strings, as Pagefind returns them). */
export interface ResultMeta {
  kind: ResultKind;
  verdict?: VerdictLabel;
  status?: ClaimStatus;
  /** A source's short name in the page's language. */
  name?: string;
  glyph?: string;
  color?: MarkColor;
}

interface Lookup {
  claimById: ReadonlyMap<string, { verdict?: { label: VerdictLabel } }>;
  statusById: ReadonlyMap<string, ClaimStatus>;
  sourceById: ReadonlyMap<string, { shortName: Record<Locale, string>; mark: { glyph: string; color: MarkColor } }>;
}

/**
 * The attributes that carry an indexed page's meta, for its <main>: each
 * value in a `data-search-<key>` attribute, and `data-pagefind-meta`
 * naming them (`kind[data-search-kind], …`). Pagefind reads a static
 * `key:value` list as one value, so several fields need attribute captures.
 * @example searchMeta({ kind: 'claim', id: 'x' }, site, 'en')
 *   // { 'data-pagefind-meta': 'kind[data-search-kind], status[data-search-status]', 'data-search-kind': 'claim', 'data-search-status': 'contested' }
 */
export function searchMeta(route: Route, site: Lookup, locale: Locale): Record<string, string> {
  const meta: Partial<Record<keyof ResultMeta, string>> = { kind: route.kind === 'data' || route.kind === 'method' ? 'page' : route.kind };
  if (route.kind === 'claim') {
    meta.verdict = site.claimById.get(route.id)?.verdict?.label;
    meta.status = site.statusById.get(route.id);
  } else if (route.kind === 'source') {
    const source = site.sourceById.get(route.id);
    meta.name = source?.shortName[locale];
    meta.glyph = source?.mark.glyph;
    meta.color = source?.mark.color;
  }
  const fields = Object.entries(meta).filter((e): e is [string, string] => e[1] !== undefined);
  return {
    'data-pagefind-meta': fields.map(([k]) => `${k}[data-search-${k}]`).join(', '),
    ...Object.fromEntries(fields.map(([k, v]) => [`data-search-${k}`, v])),
  };
}
