// One Chromium for a test file, driven by playwright-core, against dist/
// served on a free port (port 0) so parallel files and worktrees never clash.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary; a missing one is a failure with the fix, never a skip. */
export function chromiumPath(env = process.env): string {
  const found = [env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried CHROMIUM_PATH, ${CANDIDATES.join(', ')}): run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  return found;
}

export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS });
}

export interface Harness {
  browser: Browser;
  server: Server;
  base: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 and a free port; returns the server and its origin. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = await startServer(DIST, 0);
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function openHarness(): Promise<Harness> {
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  return {
    browser,
    server,
    base: origin,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
