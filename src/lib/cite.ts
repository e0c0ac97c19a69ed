/**
 * "Cite this" lines: one dictionary template per page kind, filled with fmt()
 * and Intl dates, so each language cites in its own conventions.
 */
import { useStrings, type Locale } from '../i18n/index.ts';
import { fmt, formatDate } from './format.ts';
import type { ClaimStatus, Source } from './model.ts';

export type CiteInput =
  | { kind: 'article'; title: string; published: string; updated: string }
  | { kind: 'claim'; title: string; status: ClaimStatus }
  | { kind: 'source'; title: string; published: Source['published'] };

/**
 * The citation line for a page, ending in its permalink.
 * @example citationLine('en', { kind: 'claim', title: 'X', status: 'contested' }, 'https://e.x/en/claims/x/')
 *   === 'Avocado Ledger. “X” (claim review, status: Contested). https://e.x/en/claims/x/'
 */
export function citationLine(locale: Locale, input: CiteInput, url: string): string {
  const t = useStrings(locale);
  // A claim is a sentence; inside the citation's quotation marks its final full stop goes.
  const common = { site: t.site.name, title: input.title.replace(/[。.]$/u, ''), url };
  switch (input.kind) {
    case 'article':
      return fmt(t.cite.article, { ...common, published: formatDate(input.published, locale), updated: formatDate(input.updated, locale) });
    case 'claim':
      return fmt(t.cite.claim, { ...common, status: t.status[input.status] });
    case 'source': {
      const p = input.published;
      const date = p.precision === 'unknown' ? t.source.unknownDate : formatDate(p.date, locale, p.precision);
      return fmt(t.cite.source, { ...common, date });
    }
  }
}
