import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { lockErrors, lockYaml, nextLock, parseLock } from '../../src/lib/content/lock.ts';
import type { ContentSet } from '../../src/lib/model.ts';
import type { CorrectionData } from '../../src/schemas/index.ts';
import { makeClaim } from '../helpers/factories.ts';

const text = { en: 'x', 'zh-TW': '某' };
const entry = (id: string, data: Partial<CorrectionData>) => ({ id, file: `corrections/${id}.yaml`, data: { date: '2026-12-01', summary: text, was: text, now: text, why: text, claims: [], articles: [], sources: [], ...data } });
const claimEntry = (id: string, ...positions: NonNullable<Parameters<typeof makeClaim>[1]>) => {
  const { id: _, ...data } = makeClaim(id, positions, { verdict: { label: 'holds-up', reason: text } });
  return { id, file: `claims/${id}.yaml`, data };
};
const window = claimEntry('window', { source: 'a' }, { source: 'b' }, { source: 'c', stance: 'disputes', overtaken: true });

describe('lockErrors()', () => {
  const content: Pick<ContentSet, 'claims' | 'corrections'> = { claims: [window], corrections: [] };
  it('names the claim whose published status changed without a correction', () => {
    const errors = lockErrors(content, { window: { status: 'contested', verdict: null, corrections: [] } });
    expect(errors).toEqual([expect.objectContaining({ file: 'claims/window.yaml', field: '(status)', message: expect.stringMatching(/^status changed from contested .* to corroborated/) })]);
  });
  it('accepts the change once a correction names the claim, until it is folded in', () => {
    const fixed = { ...content, corrections: [entry('2026-12-01-window', { claims: ['window'] })] };
    expect(lockErrors(fixed, { window: { status: 'contested', verdict: null, corrections: [] } })).toEqual([]);
    // Folded in: the correction covered the last change, not this one.
    expect(lockErrors(fixed, { window: { status: 'contested', verdict: null, corrections: ['2026-12-01-window'] } })).toHaveLength(1);
  });
  it('treats a first verdict as new, but a changed one as a change', () => {
    expect(lockErrors(content, { window: { status: 'corroborated', verdict: null, corrections: [] } })).toEqual([]);
    const errors = lockErrors(content, { window: { status: 'corroborated', verdict: 'likely', corrections: [] } });
    expect(errors.map((e) => [e.field, e.message.slice(0, 40)])).toEqual([['verdict.label', 'verdict changed from likely (as publishe']]);
  });
  it('needs no correction for a claim the lock has never seen', () => {
    expect(lockErrors(content, {})).toEqual([]);
  });
});

describe('nextLock() and lockYaml()', () => {
  it('writes each claim as it now stands and folds in the corrections naming it', () => {
    const content = { claims: [window], corrections: [entry('2026-12-01-window', { claims: ['window'] }), entry('2026-12-01-other', { sources: ['a'] })] };
    const next = nextLock(content, { window: { status: 'contested', verdict: null, corrections: ['2026-11-01-old'] } });
    expect(next).toEqual({ window: { status: 'corroborated', verdict: 'holds-up', corrections: ['2026-11-01-old', '2026-12-01-window'] } });
    expect(parseLock({ file: 'verdicts.lock.yaml', data: load(lockYaml(next)) })).toEqual({ lock: next, errors: [] });
  });
  it('reports a lock entry that is not a status', () => {
    const { errors } = parseLock({ file: 'verdicts.lock.yaml', data: { window: { status: 'agreed', verdict: null } } });
    expect(errors[0]).toMatchObject({ file: 'verdicts.lock.yaml', field: 'window.status' });
  });
});
