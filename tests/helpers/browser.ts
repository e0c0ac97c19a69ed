// Real-browser tests: Debian's Chromium driven by playwright-core, against
// dist/ served by scripts/serve.ts on a free port (port 0). Each test file
// starts its own server and browser, so files stay independent and run in
// parallel, and worktrees never clash.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: $CHROMIUM_PATH, else the usual paths; a missing browser fails, never skips. */
export function chromiumPath(env = process.env.CHROMIUM_PATH, candidates = CANDIDATES): string {
  const install = 'Install it: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH to a Chromium binary).';
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist. ${install}`);
    return env;
  }
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked at $CHROMIUM_PATH, ${candidates.join(', ')}). ${install}`);
  return found;
}

/** Flags that keep Chromium off the network this machine does not have. */
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS });
}

export interface Site {
  server: Server;
  /** http://127.0.0.1:<port> with no trailing slash. */
  base: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<Site> {
  if (!fs.existsSync(`${DIST}/index.html`)) throw new Error('dist/ is not built: run `npm run build` (npm test does it first).');
  const server = await startServer(DIST, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Harness {
  browser: Browser;
  server: Server;
  base: string;
  close(): Promise<void>;
}

/** A browser and a served dist/ together, closed together. */
export async function openHarness(): Promise<Harness> {
  const site = await serveDist();
  const browser = await launchBrowser();
  return {
    browser,
    server: site.server,
    base: site.base,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
