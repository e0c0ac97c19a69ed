// Runs `astro build` from a test, one at a time across test files: two
// builds of one project share its .astro/ folder (the prerender chunks), and
// running them side by side makes one fail at random.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCK = path.join(ROOT, 'tests/.tmp/astro-build.lock');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
// Budgets for a machine four times slower than a busy 2-core one: a fixture
// build takes seconds there, so these only ever fire on a hang.
const BUILD_BUDGET = 1_080_000;
const WAIT_BUDGET = 2 * BUILD_BUDGET + 60_000;

/**
 * The same lock for a step that reads or writes the project's .astro/ while
 * a fixture build could rewrite it (the dev server, astro check), taken
 * without blocking the worker. Resolves to the function that releases it.
 */
export async function takeBuildLock(deadline = Date.now() + WAIT_BUDGET): Promise<() => void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return () => fs.rmSync(LOCK, { recursive: true, force: true });
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} held for ${Math.round(WAIT_BUDGET / 1000)} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** `astro build --outDir <outDir>` with extra env, holding a lock folder while it runs. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + WAIT_BUDGET;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than a build may take was left by a killed run.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > BUILD_BUDGET + 30_000) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`astroBuild: ${LOCK} held for ${WAIT_BUDGET / 1000} s`);
      sleep(250);
    }
  }
  try {
    return spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: BUILD_BUDGET });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
