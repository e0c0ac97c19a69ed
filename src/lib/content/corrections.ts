/**
 * What a correction's schema cannot check: that it names claims, articles
 * and sources that exist, and that it is not dated after the build.
 */
import type { ContentSet } from '../model.ts';
import type { ContentError } from './errors.ts';

/** @example correctionErrors(content, '2026-12-02') // [] when every id exists and no date is ahead */
export function correctionErrors(content: ContentSet, today: string, pending: Partial<Record<'claim' | 'article' | 'source', readonly string[]>> = {}): ContentError[] {
  const errors: ContentError[] = [];
  // `pending`: ids whose files exist but failed their own checks (reported there, not again here).
  const ids = {
    claim: new Set([...content.claims.map((e) => e.id), ...(pending.claim ?? [])]),
    article: new Set([...content.articles.map((e) => e.id), ...(pending.article ?? [])]),
    source: new Set([...content.sources.map((e) => e.id), ...(pending.source ?? [])]),
  };
  for (const c of content.corrections ?? []) {
    if (c.data.date > today) errors.push({ file: c.file, field: 'date', message: `date ${c.data.date} is after the build date ${today}` });
    for (const [kind, field] of [['claim', 'claims'], ['article', 'articles'], ['source', 'sources']] as const)
      c.data[field].forEach((id, i) => {
        if (!ids[kind].has(id)) errors.push({ file: c.file, field: `${field}[${i}]`, message: `unknown ${kind} "${id}": a correction must name what it corrects (expected one of: ${[...ids[kind]].sort().join(', ') || 'none defined'})` });
      });
  }
  return errors;
}
