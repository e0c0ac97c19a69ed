// Launches Debian's Chromium through playwright-core, and serves dist/ on a
// free port, for browser tests. A missing browser fails the test, never skips it.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: ARGS });

/** Serves dist/ on 127.0.0.1 and a free port; returns the server and its origin. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = await startServer(DIST, 0);
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
