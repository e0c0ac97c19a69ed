// Runs shell commands side by side and prints each one's output as a block
// when it ends, in the order given, so logs stay readable. Exits non-zero if
// any failed. `npm test` starts with the content and dependency checks
// beside the build this way: the checks are one thread each, and the build
// leaves a core idle part of the time. `npm run test:quick` runs its three
// parts so too.
// Usage: node scripts/parallel.ts "cmd one" "cmd two" ...
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const results = await Promise.all(
  commands.map(
    (cmd) =>
      new Promise<{ cmd: string; code: number; out: string; ms: number }>((resolve) => {
        const started = performance.now();
        const child = spawn(cmd, { shell: true, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
        let out = '';
        child.stdout.on('data', (b) => (out += b));
        child.stderr.on('data', (b) => (out += b));
        child.on('close', (code) => resolve({ cmd, code: code ?? 1, out, ms: performance.now() - started }));
      }),
  ),
);
for (const r of results) {
  process.stdout.write(`\n▸ ${r.cmd} — ${r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`} in ${(r.ms / 1000).toFixed(1)} s\n${r.out}`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
