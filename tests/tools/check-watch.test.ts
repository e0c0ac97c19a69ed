// `npm run check:content -- --watch`: re-checks on every save and prints the
// result with the time each check took.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, edit } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let dir = '';
afterEach(() => {
  child?.kill();
  child = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** Everything the watcher has printed so far, and a way to wait for more. */
function watch(contentDir: string) {
  let out = '';
  const waiters: (() => void)[] = [];
  // The fixture corpus quotes its own stand-in archive, not the real seeds.
  const env = { ...process.env, AVOCADO_CONTENT_DIR: contentDir, AVOCADO_ARCHIVE_DIR: path.join(ROOT, 'tests/fixtures/archive') };
  child = spawn(process.execPath, [path.join(ROOT, 'scripts/check-content.ts'), '--watch'], { cwd: ROOT, env });
  const take = (b: Buffer) => {
    out += b.toString();
    for (const w of waiters.splice(0)) w();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  /** Resolves once the output holds `n` matches of `re`; fails after a generous bound. */
  const until = (re: RegExp, n = 1, ms = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${n}× ${re} within ${ms} ms; output:\n${out}`)), ms);
      const check = () => {
        if ((out.match(new RegExp(re.source, 'g')) ?? []).length >= n) {
          clearTimeout(timer);
          resolve(out);
        } else waiters.push(check);
      };
      check();
    });
  return { until };
}

describe('check:content --watch', () => {
  it('reports each save: the fault with file and field, then clean again, each check well under a second', async () => {
    dir = copyFixture();
    const w = watch(dir);
    await w.until(/watching /);
    edit(dir, 'claims/launch-q1.yaml', 'kind: forecast', 'kind: prophecy');
    await w.until(/claims\/launch-q1\.yaml › kind: /);
    edit(dir, 'claims/launch-q1.yaml', 'kind: prophecy', 'kind: forecast');
    const out = await w.until(/content ok/, 2);
    // Each check prints its wall and CPU time. The re-checks (the first one
    // also warms the modules up) cost well under a second of CPU; wall time
    // on a shared machine mostly measures the other processes.
    const cpu = [...out.matchAll(/\(\d+ ms, (\d+) ms CPU\)/g)].map((m) => Number(m[1]));
    expect(cpu.length).toBeGreaterThanOrEqual(3);
    for (const ms of cpu.slice(1)) expect(ms).toBeLessThan(500);
  }, 120_000);
});
