/**
 * The verdict lock (content/verdicts.lock.yaml): each claim's status and
 * verdict as last published. A published judgement changes only in the open:
 * when a claim's derived status or its verdict differs from the lock, a
 * correction naming the claim (and not yet folded into the lock) must say
 * so. `npm run lock` (scripts/lock.ts) then rewrites the lock from the content
 * and folds those corrections in. A claim absent from the lock is new.
 */
import { dump as dumpYaml } from 'js-yaml';
import { lockSchema, type LockEntry, type VerdictLock } from '../../schemas/index.ts';
import { claimStatus } from '../derive.ts';
import type { ContentSet } from '../model.ts';
import { fieldPath, type ContentError } from './errors.ts';
import { LOCK_FILE } from './paths.ts';
import type { RawLock } from './read.ts';

/** Parses the lock; an absent lock is empty (every claim is new). */
export function parseLock(raw: RawLock | undefined): { lock: VerdictLock; errors: ContentError[] } {
  if (!raw) return { lock: {}, errors: [] };
  const parsed = lockSchema.safeParse(raw.data);
  if (parsed.success) return { lock: parsed.data, errors: [] };
  return { lock: {}, errors: parsed.error.issues.map((i) => ({ file: raw.file, field: fieldPath(i.path), message: i.message })) };
}

/** The ids of the corrections naming each claim, in id order (ids start with their date). */
function correctionsByClaim(content: Pick<ContentSet, 'corrections'>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const c of [...(content.corrections ?? [])].sort((a, b) => a.id.localeCompare(b.id)))
    for (const claim of new Set(c.data.claims)) map.set(claim, [...(map.get(claim) ?? []), c.id]);
  return map;
}

/**
 * Published status or verdict changes that no correction covers, one fault
 * per claim and field, plus folded-in corrections that no longer exist.
 * @example lockErrors(content, { 'release-window': { status: 'contested', verdict: null, corrections: [] } })
 *   // [{ file: 'claims/release-window.yaml', field: '(status)', message: 'status changed from contested … ' }] when no correction names it
 */
export function lockErrors(content: Pick<ContentSet, 'claims' | 'corrections'>, lock: VerdictLock): ContentError[] {
  const errors: ContentError[] = [];
  const naming = correctionsByClaim(content);
  const known = new Set((content.corrections ?? []).map((c) => c.id));
  for (const claim of content.claims) {
    const locked = lock[claim.id];
    if (!locked) continue;
    const pending = (naming.get(claim.id) ?? []).filter((id) => !locked.corrections.includes(id));
    const fix = `add a correction naming claim "${claim.id}" in content/corrections/ (see content/README.md), then run npm run lock`;
    const status = claimStatus(claim.data.positions);
    if (status !== locked.status && !pending.length)
      errors.push({ file: claim.file, field: '(status)', message: `status changed from ${locked.status} (as published, ${LOCK_FILE}) to ${status}, and no correction covers it: ${fix}` });
    // A locked null means no verdict was published yet: the first one is new, not a change.
    const verdict = claim.data.verdict?.label ?? null;
    if (locked.verdict !== null && verdict !== locked.verdict && !pending.length)
      errors.push({ file: claim.file, field: 'verdict.label', message: `verdict changed from ${locked.verdict ?? 'none'} (as published, ${LOCK_FILE}) to ${verdict ?? 'none'}, and no correction covers it: ${fix}` });
  }
  for (const [id, entry] of Object.entries(lock))
    entry.corrections.forEach((c, i) => {
      if (!known.has(c)) errors.push({ file: LOCK_FILE, field: `${id}.corrections[${i}]`, message: `correction "${c}" was published and folded in, but content/corrections/${c}.yaml is gone: corrections are never deleted` });
    });
  return errors;
}

/**
 * The lock as the content now stands: every claim's status and verdict, with
 * every correction naming it folded in. Claims in id order.
 * @example nextLock(content, {})['release-window'] // { status: 'corroborated', verdict: 'holds-up', corrections: [] }
 */
export function nextLock(content: Pick<ContentSet, 'claims' | 'corrections'>, previous: VerdictLock): VerdictLock {
  const naming = correctionsByClaim(content);
  const lock: VerdictLock = {};
  for (const claim of [...content.claims].sort((a, b) => a.id.localeCompare(b.id))) {
    const folded = new Set([...(previous[claim.id]?.corrections ?? []), ...(naming.get(claim.id) ?? [])]);
    const entry: LockEntry = { status: claimStatus(claim.data.positions), verdict: claim.data.verdict?.label ?? null, corrections: [...folded].sort() };
    lock[claim.id] = entry;
  }
  return lock;
}

/** The lock file's text: a header that says what it is, then one entry per claim. */
export function lockYaml(lock: VerdictLock): string {
  const header = [
    '# Each claim\'s status and verdict as last published. Written by `npm run lock`;',
    '# do not edit by hand. check:content fails when a claim\'s status or verdict',
    '# differs from this file and no correction naming the claim covers it.',
  ].join('\n');
  return `${header}\n${dumpYaml(lock, { flowLevel: 1, lineWidth: -1, sortKeys: false })}`;
}
