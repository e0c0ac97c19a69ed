/**
 * What counts as current evidence on a claim, and its tally in numbers.
 * A position marked `overtaken` (a forecast later sources moved past) stays
 * on the record but is no longer evidence about the present: status and
 * verdict rules read only `currentPositions` (editorial method, check 4).
 */
import type { Position } from './model.ts';

export interface Tally {
  supports: number;
  disputes: number;
  qualifies: number;
  /** Overtaken positions: shown below the current ones, never counted. */
  superseded: number;
  /** Sources that take no position on the claim. */
  silent: number;
}

/** The positions that count: every one not marked overtaken. */
export function currentPositions<P extends { overtaken?: boolean }>(positions: readonly P[]): P[] {
  return positions.filter((p) => !p.overtaken);
}

/**
 * The evidence tally of a claim among `sourceCount` sources.
 * @example claimTally([{ stance: 'supports', overtaken: false }, { stance: 'disputes', overtaken: true }], 5)
 *   // { supports: 1, disputes: 0, qualifies: 0, superseded: 1, silent: 3 }
 */
export function claimTally(positions: readonly Pick<Position, 'stance' | 'overtaken'>[], sourceCount: number): Tally {
  const current = currentPositions(positions);
  const count = (stance: Position['stance']) => current.filter((p) => p.stance === stance).length;
  return {
    supports: count('supports'),
    disputes: count('disputes'),
    qualifies: count('qualifies'),
    superseded: positions.length - current.length,
    silent: Math.max(0, sourceCount - positions.length),
  };
}
