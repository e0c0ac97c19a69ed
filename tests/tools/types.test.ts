// `astro check`: TypeScript strict over every .ts and .astro file, clean.
// It runs here, inside the suite, rather than before it: it is mostly one
// thread for about 12 s, and beside the build it left the second core idle
// once the build was done; in the suite it overlaps the browser tests.
// `npm test` has built the site first, and the build wrote the types it
// reads (.astro/types.d.ts, content.d.ts). The fixture builds running beside
// it rewrite those two files with the same bytes (the collections' schemas
// are the same code; only the data differs, and the check does not read
// it; tests/build/fixture-site.test.ts holds them to that), so it takes no
// lock and never waits for them.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

it('astro check finds 0 errors, 0 warnings and 0 hints', async () => {
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn('npx', ['astro', 'check', '--noSync'], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (out += b));
    child.on('close', (c) => resolve({ code: c, out }));
  });
  expect(code, out).toBe(0);
  expect(out, out).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
});
