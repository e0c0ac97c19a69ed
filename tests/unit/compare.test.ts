import { describe, expect, it } from 'vitest';
import { buildComparisons, mostDisagreeing, pairId, parsePairId, partners, sidesOf, soloClaims } from '../../src/lib/compare.ts';
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

describe('buildComparisons()', () => {
  const claims = [
    makeClaim('both-support', [{ source: 'x' }, { source: 'y' }]),
    makeClaim('both-dispute', [{ source: 'x', stance: 'disputes' }, { source: 'y', stance: 'disputes' }]),
    makeClaim('clash', [{ source: 'x', stance: 'disputes' }, { source: 'y' }]),
    makeClaim('hedge', [{ source: 'x' }, { source: 'y', stance: 'qualifies' }]),
    makeClaim('only-x', [{ source: 'x' }, { source: 'z', stance: 'disputes' }]),
    makeClaim('only-y', [{ source: 'y', stance: 'qualifies' }]),
    makeClaim('neither', [{ source: 'w' }]),
  ];
  const all = buildComparisons(claims, ['w', 'x', 'y', 'z']);
  const c = all.get('x--y')!;
  const ids = (list: readonly { claim: { id: string } }[]) => list.map((e) => e.claim.id);

  it('compares only the pairs that take a position on a common claim, in source order', () => {
    // w shares no claim with anyone; y and z never meet.
    expect([...all.keys()]).toEqual(['x--y', 'x--z']);
  });
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
  it('counts, and soloClaims() lists, what only one of the two says, leaving out claims neither speaks to', () => {
    const bySource = (id: string) => claims.flatMap((claim) => claim.positions.filter((p) => p.source === id).map((position) => ({ claim, position })));
    const { onlyA, onlyB } = soloClaims(c, bySource);
    expect(ids(onlyA)).toEqual(['only-x']);
    expect(ids(onlyB)).toEqual(['only-y']);
    expect([c.onlyACount, c.onlyBCount]).toEqual([1, 1]);
    expect([c.agree, c.disagree, c.qualified, onlyA, onlyB].flatMap(ids)).not.toContain('neither');
  });
  it('keys each pair by its canonical id whatever order the positions come in', () => {
    const m = buildComparisons([makeClaim('c', [{ source: 'zeta' }, { source: 'alpha', stance: 'disputes' }])], ['zeta', 'alpha']);
    expect([...m.keys()]).toEqual(['alpha--zeta']);
    expect(m.get('alpha--zeta')!.disagree[0]!.a.source).toBe('alpha');
  });
  it('agrees with comparing every pair of sources against every claim, on a random corpus', () => {
    const sources = Array.from({ length: 30 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const stances = ['supports', 'disputes', 'qualifies'] as const;
    const pick = () => sources[Math.floor(rand() * sources.length)]!;
    const corpus = Array.from({ length: 80 }, (_, i) =>
      makeClaim(`c${i}`, [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, pick))].map((source) => ({ source, stance: stances[Math.floor(rand() * 3)]! }))),
    );
    const fast = buildComparisons(corpus, sources);
    const on = (s: string) => corpus.filter((cl) => cl.positions.some((p) => p.source === s)).map((cl) => cl.id);
    for (const [i, a] of sources.entries()) {
      for (const b of sources.slice(i + 1)) {
        const both = on(a).filter((id) => on(b).includes(id));
        const got = fast.get(pairId(a, b));
        if (both.length === 0) expect(got, `${a}--${b}`).toBeUndefined();
        else expect([...ids(got!.agree), ...ids(got!.disagree), ...ids(got!.qualified)].sort(), `${a}--${b}`).toEqual([...both].sort());
      }
    }
    expect(fast.size).toBeGreaterThan(0);
    expect(fast.size).toBeLessThan((30 * 29) / 2);
  });
});

describe('partners() and mostDisagreeing()', () => {
  const claims = [
    makeClaim('c1', [{ source: 'a' }, { source: 'b', stance: 'disputes' }, { source: 'c' }]),
    makeClaim('c2', [{ source: 'b' }, { source: 'c', stance: 'disputes' }]),
    makeClaim('c3', [{ source: 'b', stance: 'disputes' }, { source: 'c' }]),
    makeClaim('c4', [{ source: 'd' }]),
  ];
  const comparisons = buildComparisons(claims, ['a', 'b', 'c', 'd']);
  it('gives each source the sources it shares a claim with, and none to a source that shares nothing', () => {
    const p = partners(comparisons);
    expect([p.get('a'), p.get('b'), p.get('c'), p.get('d')]).toEqual([['b', 'c'], ['a', 'c'], ['a', 'b'], undefined]);
  });
  it('lists the pairs that disagree most first, up to the cap', () => {
    expect(mostDisagreeing(comparisons, 2).map(([id]) => id)).toEqual(['b--c', 'a--b']);
    expect(mostDisagreeing(comparisons, 10)).toHaveLength(3);
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
