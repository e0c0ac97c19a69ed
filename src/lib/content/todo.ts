/**
 * Scaffolds (`npm run new`) mark every field an editor must write as TODO.
 * A TODO left anywhere, in a value or in the Markdown body, is a content
 * error, so a half-done scaffold can never be published.
 */
import { fieldPath } from './errors.ts';

export const TODO = 'TODO';
const MARK = /\bTODO\b/;

export const TODO_MESSAGE = 'TODO left from the scaffold: write the real value (content/README.md says what goes here)';

/**
 * Where TODO marks remain: field paths as check:content prints them, and
 * `(body)` lines.
 * @example todoFields({ kind: 'TODO', positions: [{ quote: 'TODO: x' }] }) // ['kind', 'positions[0].quote']
 */
export function todoFields(data: unknown, body?: string): { field: string; line?: number }[] {
  const found: { field: string; line?: number }[] = [];
  const walk = (v: unknown, at: PropertyKey[]) => {
    if (typeof v === 'string') {
      if (MARK.test(v)) found.push({ field: fieldPath(at) });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(data, []);
  body?.split('\n').forEach((text, i) => {
    if (MARK.test(text)) found.push({ field: '(body)', line: i + 1 });
  });
  return found;
}
