import { describe, expect, it } from 'vitest';
import { allowedVerdicts, doubtful, holdsUp, likely, overtaken, unresolved, verdictFault, VERDICT_RULES, VERDICTS } from '../../src/lib/verdict.ts';
import type { VerdictEvidence } from '../../src/lib/verdict.ts';

type St = 'supports' | 'disputes' | 'qualifies';
/** A claim from stances; a trailing `!` marks the position overtaken. */
const claim = (kind: VerdictEvidence['kind'], ...stances: `${St}${'' | '!'}`[]): VerdictEvidence => ({
  kind,
  positions: stances.map((x) => ({ stance: x.replace('!', '') as St, overtaken: x.endsWith('!') })),
});

describe('verdict rules', () => {
  it('holds-up needs two current supports and no current dispute', () => {
    expect(holdsUp(claim('fact', 'supports', 'supports'))).toBe(true);
    expect(holdsUp(claim('fact', 'supports', 'supports', 'qualifies'))).toBe(true);
    expect(holdsUp(claim('fact', 'supports'))).toBe(false);
    expect(holdsUp(claim('fact', 'supports', 'supports', 'disputes'))).toBe(false);
    // An overtaken support does not count towards the two.
    expect(holdsUp(claim('fact', 'supports', 'supports!'))).toBe(false);
    // An overtaken dispute no longer blocks it (release-window).
    expect(holdsUp(claim('forecast', 'supports', 'supports', 'supports', 'disputes!'))).toBe(true);
  });
  it('likely needs one current support and no current dispute', () => {
    expect(likely(claim('fact', 'supports'))).toBe(true);
    expect(likely(claim('fact', 'supports', 'disputes'))).toBe(false);
    expect(likely(claim('fact', 'qualifies'))).toBe(false);
  });
  it('unresolved fits conflict, qualification only, or one lone support, never two supports without dispute', () => {
    expect(unresolved(claim('fact', 'supports', 'disputes'))).toBe(true);
    expect(unresolved(claim('fact', 'qualifies', 'qualifies'))).toBe(true);
    expect(unresolved(claim('fact', 'supports'))).toBe(true);
    expect(unresolved(claim('fact', 'supports', 'supports'))).toBe(false);
    expect(unresolved(claim('fact', 'disputes'))).toBe(false);
  });
  it('doubtful needs a current dispute at least matching the supports', () => {
    expect(doubtful(claim('fact', 'disputes'))).toBe(true);
    expect(doubtful(claim('fact', 'supports', 'disputes'))).toBe(true);
    expect(doubtful(claim('fact', 'supports', 'supports', 'disputes'))).toBe(false);
    expect(doubtful(claim('fact', 'supports', 'disputes!'))).toBe(false);
  });
  it('overtaken needs a forecast with an overtaken position or a current dispute', () => {
    expect(overtaken(claim('forecast', 'supports!', 'disputes'))).toBe(true);
    expect(overtaken(claim('forecast', 'supports', 'disputes'))).toBe(true);
    expect(overtaken(claim('forecast', 'supports', 'supports'))).toBe(false);
    expect(overtaken(claim('fact', 'supports!', 'disputes'))).toBe(false);
  });
  it('gives every label a rule in both languages', () => {
    for (const label of VERDICTS) {
      expect(VERDICT_RULES[label].rule.en.length).toBeGreaterThan(20);
      expect(VERDICT_RULES[label].rule['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('verdictFault()', () => {
  it('is null for a label the evidence allows', () => {
    expect(verdictFault('likely', claim('fact', 'supports'))).toBeNull();
  });
  it('names the rule and the current evidence when the label does not fit', () => {
    expect(verdictFault('holds-up', claim('fact', 'supports', 'qualifies', 'disputes!'))).toBe(
      'verdict "holds-up" needs: at least two current sources support it and none disputes it; the current evidence is 1 support, 0 disputes, 1 qualify, 1 superseded',
    );
  });
});

describe('allowedVerdicts()', () => {
  it('lists every label the evidence allows, and always at least one', () => {
    expect(allowedVerdicts(claim('fact', 'supports'))).toEqual(['likely', 'unresolved']);
    expect(allowedVerdicts(claim('fact', 'supports', 'supports'))).toEqual(['holds-up', 'likely']);
    expect(allowedVerdicts(claim('forecast', 'supports!', 'disputes'))).toEqual(['doubtful', 'overtaken']);
    const stances: St[] = ['supports', 'disputes', 'qualifies'];
    for (const a of stances) for (const b of stances) for (const kind of ['fact', 'forecast'] as const)
      expect(allowedVerdicts(claim(kind, a, b)).length).toBeGreaterThan(0);
  });
});
