// `npm run dev` on a content folder with a fault: every page shows Astro's
// error overlay with the file, field and reason check:content prints, and the
// page renders again once the file is fixed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { takeBuildLock } from '../helpers/astro-build.ts';
import { launchBrowser, STEP_BUDGET } from '../helpers/browser.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLAIM = 'claims/launch-q1.yaml';

let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let dir = '';
let unlock: (() => void) | undefined;
afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  unlock?.();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** Polls until the dev server answers at all (any status), within a generous bound. */
async function answered(url: string, ms = 240_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

describe('npm run dev with a content fault', () => {
  it('shows check:content’s file, field and reason as the error overlay, and renders once fixed', async () => {
    dir = copyFixture();
    edit(dir, CLAIM, 'kind: forecast', 'kind: prophecy');
    const expected = checkContentDir(dir).errors.map(formatError);
    expect(expected).toEqual([expect.stringMatching(/^claims\/launch-q1\.yaml › kind: /)]);

    // The dev server writes the project's .astro/ like a build: it takes the builds' lock.
    unlock = await takeBuildLock();
    const port = await freePort();
    dev = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // The environment an editor's shell has: vitest's own variables (NODE_ENV=test, VITEST…) change how Astro serves.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))), AVOCADO_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    dev.stdout!.on('data', (b: Buffer) => (log += b.toString()));
    dev.stderr!.on('data', (b: Buffer) => (log += b.toString()));
    // A page whose route does not need the content to list its paths, so the gate's error is what it meets.
    const url = `http://127.0.0.1:${port}/en/`;
    // Vite listens (and answers "Cannot GET") before Astro's routes are in place: wait for "ready".
    // With CI=true Astro colours its log, so the escapes are stripped before matching.
    await expect.poll(() => /ready in \d+/.test(log.replace(/\u001b\[[0-9;]*m/g, '')), { timeout: STEP_BUDGET, interval: 500, message: `dev server never said it was ready:\n${log}` }).toBe(true);
    const first = await answered(url);
    expect(first.status, `dev server said:\n${log}\n${await first.text()}`).toBe(500);

    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: STEP_BUDGET });
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain(expected[0]);
    expect(text).toContain('npm run check:content');

    edit(dir, CLAIM, 'kind: prophecy', 'kind: forecast');
    // The save is seen, checked and the gate reopened: the home page and the
    // fixed claim's own page render. Each is waited for, not fetched once: a
    // route's first request in dev may still be settling (a busy run here once
    // answered 500 for the claim right after the home page rendered), and a failure
    // shows the last answer and the dev server's log as they are by then.
    for (const target of [url, `http://127.0.0.1:${port}/en/claims/launch-q1/`]) await renders(target, () => log);
  });
});

/** Waits until `url` answers 200; fails with its last answer and the log after STEP_BUDGET. */
async function renders(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + STEP_BUDGET;
  let last = '';
  for (;;) {
    const r = await fetch(url);
    if (r.status === 200) return;
    last = `${r.status}: ${(await r.text()).slice(0, 2_000)}`;
    if (Date.now() > deadline) throw new Error(`${url} never rendered after the fix. Last answer ${last}\nDev server said:\n${log()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
