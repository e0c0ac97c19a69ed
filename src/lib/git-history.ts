/**
 * The thin git runner behind translation status: one `git log` over the
 * content folder, parsed into the data src/lib/translation-status.ts takes.
 * Anything that stops git from answering (git not installed, no repository,
 * a content folder outside one) becomes `available: false`, never an error:
 * the build must pass on a history-less checkout and say "unknown".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readSkipList } from './content/read.ts';
import { translationStatus, type Commit, type History, type Pair, type PairStatus } from './translation-status.ts';

const RECORD = '\x1e';
const FIELD = '\x1f';

function run(git: string, dir: string, args: string[]): string {
  return execFileSync(git, ['-C', dir, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Parses `git log --format=%x1e%H%x1f%ct%x1f%B%x1f --name-only` output. */
export function parseLog(out: string): Commit[] {
  return out
    .split(RECORD)
    .filter((r) => r.trim())
    .map((r) => {
      const [hash = '', time = '0', message = '', names = ''] = r.split(FIELD);
      return { hash, time: Number(time), message: message.trim(), files: names.split('\n').map((s) => s.trim()).filter(Boolean) };
    });
}

/**
 * The history of every file under `dir`, oldest commit first, with paths
 * relative to `dir`. `git` names the binary (tests pass a missing one).
 */
export function readHistory(dir: string, { git = 'git' }: { git?: string } = {}): History {
  if (!fs.existsSync(dir)) return { available: false, reason: 'no-repository', detail: `${dir} does not exist` };
  try {
    if (run(git, dir, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return { available: false, reason: 'no-repository' };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') return { available: false, reason: 'no-git', detail: `${git} not found` };
    return { available: false, reason: 'no-repository', detail: String(err.stderr ?? err.message).trim() };
  }
  let shallowBoundary = new Set<string>();
  try {
    if (run(git, dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      const file = path.resolve(dir, run(git, dir, ['rev-parse', '--git-path', 'shallow']).trim());
      shallowBoundary = new Set(fs.readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
    }
    // --no-renames: a moved file is a new file (ids never change once published).
    // Merge commits list no files, so only the commits that made a change count.
    const out = run(git, dir, ['log', '--reverse', '--no-renames', `--format=${RECORD}%H${FIELD}%ct${FIELD}%B${FIELD}`, '--name-only', '--relative', '--', '.']);
    return { available: true, commits: parseLog(out), shallowBoundary };
  } catch (e) {
    // A repository with no commit yet: nothing to tell.
    const err = e as { stderr?: string; message: string };
    return { available: false, reason: 'no-repository', detail: String(err.stderr ?? err.message).trim() };
  }
}

/** The translation status of `pairs` as the build computes it: the content folder's git history and its skip list. */
export function readTranslationStatus(dir: string, pairs: readonly Pair[]): { history: History; status: PairStatus[] } {
  const history = readHistory(dir);
  return { history, status: translationStatus(pairs, history, readSkipList(dir)) };
}
