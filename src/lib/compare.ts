/**
 * Two sources side by side: where they agree, where they disagree, where
 * one only qualifies the other, and what only one of them says. Only pairs
 * that share a claim are compared (see buildComparisons). A pair's id
 * is `<a>--<b>` with the ids in alphabetical order, so each pair has one
 * stable URL whichever source page links to it (ids never contain `--`).
 */
import type { Claim, Position } from './model.ts';
import { currentPositions } from './evidence.ts';

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
  /** How many claims only `a` (only `b`) speaks to; soloClaims() lists them for the pair's page. */
  onlyACount: number;
  onlyBCount: number;
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
 * Each source's first current position on a claim, in the claim's order. An
 * overtaken forecast is not evidence any more (src/lib/evidence.ts), so two
 * sources neither agree nor disagree through it.
 */
function positionsBySource(claim: Claim): Position[] {
  const seen = new Map<string, Position>();
  for (const p of currentPositions(claim.positions)) if (!seen.has(p.source)) seen.set(p.source, p);
  return [...seen.values()];
}

/**
 * The comparisons worth a page, keyed by pair id. The rule: a pair of sources
 * gets a comparison when both take a position on at least one common claim;
 * two sources that never speak to the same claim have nothing to compare, and
 * listing every pair would make N × (N − 1) / 2 pages (issue 7).
 *
 * The cost is linear in the positions: each claim's k positions are paired
 * with each other (k is small: a handful of sources per claim), never every
 * pair of sources against every claim. Claims keep their given order inside
 * each bucket; pairs come in the order of `sourceIds` (by their earlier
 * source, then the later one), and positions of sources not in `sourceIds`
 * are left out.
 * @example [...buildComparisons([makeClaim('c', [{ source: 'x' }, { source: 'y' }])], ['x', 'y', 'z']).keys()] // ['x--y']
 */
export function buildComparisons(claims: readonly Claim[], sourceIds: readonly string[]): Map<string, Comparison> {
  const order = new Map(sourceIds.map((id, i) => [id, i]));
  const spoken = new Map<string, number>();
  const pairs = new Map<string, Comparison>();
  for (const claim of claims) {
    const positions = positionsBySource(claim).filter((p) => order.has(p.source));
    for (const p of positions) spoken.set(p.source, (spoken.get(p.source) ?? 0) + 1);
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const [pa, pb] = positions[i]!.source < positions[j]!.source ? [positions[i]!, positions[j]!] : [positions[j]!, positions[i]!];
        const id = pairId(pa.source, pb.source);
        let c = pairs.get(id);
        if (!c) pairs.set(id, (c = { a: pa.source, b: pb.source, agree: [], disagree: [], qualified: [], onlyACount: 0, onlyBCount: 0 }));
        const shared = { claim, a: pa, b: pb };
        if (pa.stance === 'qualifies' || pb.stance === 'qualifies') c.qualified.push(shared);
        else if (pa.stance === pb.stance) c.agree.push(shared);
        else c.disagree.push(shared);
      }
    }
  }
  const rank = (c: Comparison) => [order.get(c.a)!, order.get(c.b)!].sort((x, y) => x - y);
  const sorted = [...pairs.values()].sort((x, y) => {
    const [rx, ry] = [rank(x), rank(y)];
    return rx[0]! - ry[0]! || rx[1]! - ry[1]!;
  });
  for (const c of sorted) {
    const shared = c.agree.length + c.disagree.length + c.qualified.length;
    c.onlyACount = spoken.get(c.a)! - shared;
    c.onlyBCount = spoken.get(c.b)! - shared;
  }
  return new Map(sorted.map((c) => [pairId(c.a, c.b), c]));
}

/**
 * What only one source of a pair speaks to, from each source's own claims
 * (`claimsOf`, in claim order): work in proportion to the pair's page, done
 * when that page is rendered.
 * @example soloClaims(c, (id) => site.claimsBySource.get(id) ?? []).onlyA
 */
export function soloClaims(c: Comparison, claimsOf: (sourceId: string) => readonly SoloClaim[]): { onlyA: SoloClaim[]; onlyB: SoloClaim[] } {
  const shared = new Set([...c.agree, ...c.disagree, ...c.qualified].map((s) => s.claim.id));
  const solo = (id: string) => {
    const seen = new Set<string>();
    return claimsOf(id).filter((s) => !s.position.overtaken && !shared.has(s.claim.id) && !seen.has(s.claim.id) && seen.add(s.claim.id));
  };
  return { onlyA: solo(c.a), onlyB: solo(c.b) };
}

/**
 * Each source's comparison partners, in the comparisons' order: the
 * "compare with" list of a source page, which links only to pages that exist.
 * @example partners(buildComparisons(claims, ids)).get('x') // ['y']
 */
export function partners(comparisons: ReadonlyMap<string, Comparison>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  for (const c of comparisons.values()) {
    add(c.a, c.b);
    add(c.b, c.a);
  }
  return map;
}

/**
 * The `cap` pairs with the most claims in disagreement (ties keep the
 * comparisons' order): the pairs table of the disagreements page.
 * @example mostDisagreeing(site.comparisons, 20).map(([id]) => id)
 */
export function mostDisagreeing(comparisons: ReadonlyMap<string, Comparison>, cap: number): [string, Comparison][] {
  return [...comparisons].sort(([, x], [, y]) => y.disagree.length - x.disagree.length).slice(0, cap);
}

export interface Side {
  stance: Position['stance'];
  positions: Position[];
}

/**
 * A claim's current positions grouped by stance (supports, disputes,
 * qualifies; empty sides left out; overtaken forecasts are no side), each side in the given source order: the
 * "side by side" view of a dispute.
 * @example sidesOf(claim, ['003', '002']).map((s) => s.stance) // ['supports', 'disputes']
 */
export function sidesOf(claim: Pick<Claim, 'positions'>, sourceOrder: readonly string[]): Side[] {
  const rank = (id: string) => (sourceOrder.indexOf(id) + sourceOrder.length + 1) % (sourceOrder.length + 1);
  return (['supports', 'disputes', 'qualifies'] as const)
    .map((stance) => ({ stance, positions: currentPositions(claim.positions).filter((p) => p.stance === stance).sort((a, b) => rank(a.source) - rank(b.source)) }))
    .filter((s) => s.positions.length > 0);
}
