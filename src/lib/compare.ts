/**
 * Two sources side by side: where they agree, where they disagree, where
 * one only qualifies the other, and what only one of them says. A pair's id
 * is `<a>--<b>` with the ids in alphabetical order, so each pair has one
 * stable URL whichever source page links to it (ids never contain `--`).
 */
import type { Claim, Position } from './model.ts';

export interface SharedClaim {
  claim: Claim;
  a: Position;
  b: Position;
}

export interface SoloClaim {
  claim: Claim;
  position: Position;
}

export interface Comparison {
  a: string;
  b: string;
  /** Same outright stance: both support, or both dispute. */
  agree: SharedClaim[];
  /** One supports what the other disputes. */
  disagree: SharedClaim[];
  /** Both speak to it and at least one only qualifies it. */
  qualified: SharedClaim[];
  onlyA: SoloClaim[];
  onlyB: SoloClaim[];
}

/**
 * @example pairId('qwen-foundation-report', 'dual-track-analysis') === 'dual-track-analysis--qwen-foundation-report'
 */
export function pairId(a: string, b: string): string {
  if (a === b) throw new Error(`pairId: a source cannot be compared with itself (${a})`);
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

/** @example parsePairId('a--b') // ['a', 'b'] */
export function parsePairId(id: string): [string, string] | null {
  const parts = id.split('--');
  return parts.length === 2 && parts[0] && parts[1] && parts[0] < parts[1] ? [parts[0], parts[1]] : null;
}

/**
 * Every unordered pair of the given ids, as canonical pair ids, in the order
 * the ids are given (with n ids: n × (n − 1) / 2 pairs).
 * @example sourcePairs(['x', 'a', 'm']) // ['a--x', 'm--x', 'a--m']
 */
export function sourcePairs(ids: readonly string[]): string[] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => pairId(a, b)));
}

/**
 * Sorts every claim either source speaks to into one bucket, keeping the
 * claims' given order inside each bucket.
 * @example compareSources('x', 'y', [makeClaim('c', [{ source: 'x' }, { source: 'y', stance: 'disputes' }])]).disagree.length === 1
 */
export function compareSources(a: string, b: string, claims: readonly Claim[]): Comparison {
  const out: Comparison = { a, b, agree: [], disagree: [], qualified: [], onlyA: [], onlyB: [] };
  for (const claim of claims) {
    const pa = claim.positions.find((p) => p.source === a);
    const pb = claim.positions.find((p) => p.source === b);
    if (pa && pb) {
      const shared = { claim, a: pa, b: pb };
      if (pa.stance === 'qualifies' || pb.stance === 'qualifies') out.qualified.push(shared);
      else if (pa.stance === pb.stance) out.agree.push(shared);
      else out.disagree.push(shared);
    } else if (pa) out.onlyA.push({ claim, position: pa });
    else if (pb) out.onlyB.push({ claim, position: pb });
  }
  return out;
}

export interface Side {
  stance: Position['stance'];
  positions: Position[];
}

/**
 * A claim's positions grouped by stance (supports, disputes, qualifies;
 * empty sides left out), each side in the given source order: the
 * "side by side" view of a dispute.
 * @example sidesOf(claim, ['003', '002']).map((s) => s.stance) // ['supports', 'disputes']
 */
export function sidesOf(claim: Pick<Claim, 'positions'>, sourceOrder: readonly string[]): Side[] {
  const rank = (id: string) => (sourceOrder.indexOf(id) + sourceOrder.length + 1) % (sourceOrder.length + 1);
  return (['supports', 'disputes', 'qualifies'] as const)
    .map((stance) => ({ stance, positions: claim.positions.filter((p) => p.stance === stance).sort((a, b) => rank(a.source) - rank(b.source)) }))
    .filter((s) => s.positions.length > 0);
}
