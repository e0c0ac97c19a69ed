import { describe, expect, it } from 'vitest';
import { compareSources, pairId, parsePairId, sidesOf, sourcePairs } from '../../src/lib/compare.ts';
import { makeClaim } from '../helpers/factories.ts';

describe('pairId() and parsePairId()', () => {
  it('gives a pair one id whichever source comes first', () => {
    expect(pairId('zeta', 'alpha')).toBe('alpha--zeta');
    expect(pairId('alpha', 'zeta')).toBe('alpha--zeta');
    expect(parsePairId('alpha--zeta')).toEqual(['alpha', 'zeta']);
  });
  it('refuses a source paired with itself and ids out of order', () => {
    expect(() => pairId('a', 'a')).toThrow(/itself/);
    expect(parsePairId('zeta--alpha')).toBeNull();
    expect(parsePairId('alpha')).toBeNull();
  });
});

describe('sourcePairs()', () => {
  it('lists every unordered pair once: n × (n − 1) / 2', () => {
    const pairs = sourcePairs(['e', 'd', 'c', 'b', 'a']);
    expect(pairs).toHaveLength(10);
    expect(new Set(pairs).size).toBe(10);
    expect(pairs[0]).toBe('d--e');
  });
});

describe('compareSources()', () => {
  const claims = [
    makeClaim('both-support', [{ source: 'x' }, { source: 'y' }]),
    makeClaim('both-dispute', [{ source: 'x', stance: 'disputes' }, { source: 'y', stance: 'disputes' }]),
    makeClaim('clash', [{ source: 'x', stance: 'disputes' }, { source: 'y' }]),
    makeClaim('hedge', [{ source: 'x' }, { source: 'y', stance: 'qualifies' }]),
    makeClaim('only-x', [{ source: 'x' }, { source: 'z', stance: 'disputes' }]),
    makeClaim('only-y', [{ source: 'y', stance: 'qualifies' }]),
    makeClaim('neither', [{ source: 'z' }]),
  ];
  const c = compareSources('x', 'y', claims);
  const ids = (list: { claim: { id: string } }[]) => list.map((e) => e.claim.id);

  it('puts claims both support, or both dispute, under agreement', () => {
    expect(ids(c.agree)).toEqual(['both-support', 'both-dispute']);
  });
  it('puts a claim one supports and the other disputes under disagreement, with both positions', () => {
    expect(ids(c.disagree)).toEqual(['clash']);
    expect([c.disagree[0]!.a.stance, c.disagree[0]!.b.stance]).toEqual(['disputes', 'supports']);
  });
  it('keeps a qualified claim apart from agreement and disagreement', () => {
    expect(ids(c.qualified)).toEqual(['hedge']);
  });
  it('lists what only one of the two says, and leaves out claims neither speaks to', () => {
    expect(ids(c.onlyA)).toEqual(['only-x']);
    expect(ids(c.onlyB)).toEqual(['only-y']);
    const all = [c.agree, c.disagree, c.qualified, c.onlyA, c.onlyB].flatMap(ids);
    expect(all).not.toContain('neither');
  });
});

describe('sidesOf()', () => {
  it('groups positions by stance, supporters first, each side in source order', () => {
    const claim = makeClaim('c', [{ source: 'late', stance: 'disputes' }, { source: 'b' }, { source: 'a' }, { source: 'unknown' }]);
    const sides = sidesOf(claim, ['a', 'b', 'late']);
    expect(sides.map((s) => [s.stance, s.positions.map((p) => p.source)])).toEqual([
      ['supports', ['a', 'b', 'unknown']],
      ['disputes', ['late']],
    ]);
  });
});
