// The pairs of sources that share a claim, by brute force over every pair:
// the oracle the comparison pages and links are checked against.
import type { checkContentDir } from '../../src/lib/content/index.ts';

type Content = NonNullable<ReturnType<typeof checkContentDir>['content']>;

/** Canonical pair ids (`a--b`, a < b) of the sources that both take a position on at least one claim. */
export function sharedClaimPairs(content: Content): string[] {
  const ids = content.sources.map((s) => s.id).sort();
  const speaks = (c: Content['claims'][number], s: string) => c.data.positions.some((p) => p.source === s);
  return ids.flatMap((a, i) => ids.slice(i + 1).filter((b) => content.claims.some((c) => speaks(c, a) && speaks(c, b))).map((b) => `${a}--${b}`));
}
