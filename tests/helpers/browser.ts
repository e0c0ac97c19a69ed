// Real-browser tests: a Chromium-family browser driven by playwright-core,
// against dist/ served by scripts/serve.ts on a free port (port 0). Each test
// file starts one server and one browser and shares them across its tests,
// so files stay independent and run in parallel, and worktrees never clash.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

/**
 * Where playwright-core looks for its stable Chromium-family channels
 * (`chromium.launch({ channel })`): the same table and the same Windows
 * prefixes as its registry, so a browser it would find, we find.
 */
export const CHANNELS: Record<'chrome' | 'msedge', Partial<Record<NodeJS.Platform, string>>> = {
  chrome: {
    linux: '/opt/google/chrome/chrome',
    darwin: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    win32: '\\Google\\Chrome\\Application\\chrome.exe',
  },
  msedge: {
    linux: '/opt/microsoft/msedge/msedge',
    darwin: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    win32: '\\Microsoft\\Edge\\Application\\msedge.exe',
  },
};

/** The executable paths playwright-core would try for a channel on this platform. */
export function channelPaths(channel: keyof typeof CHANNELS, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const suffix = CHANNELS[channel][platform];
  if (!suffix) return [];
  if (platform !== 'win32') return [suffix];
  const prefixes = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], `${env.HOMEDRIVE}\\Program Files`, `${env.HOMEDRIVE}\\Program Files (x86)`].filter((p): p is string => !!p && !p.startsWith('undefined'));
  return prefixes.map((p) => path.win32.join(p, suffix));
}

/** Other usual places for a Chromium-family browser, by platform. */
const USUAL: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/usr/bin/brave-browser', '/usr/lib/chromium/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser', '/opt/homebrew/bin/chromium', '/usr/local/bin/chromium'],
};

/**
 * Debian's headless shell (package chromium-headless-shell): the same Blink
 * as its Chromium, without the desktop browser around it, which is what
 * playwright itself drives headless. On this 2-core machine it took the
 * whole suite from 119 s to 87 s (the tour of one edition: 21 s of CPU
 * against 18 s; five launches: 5.9 s against 2.9 s), so it comes first.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * Every place to look, in order: Debian's headless shell and Chromium,
 * playwright-core's channels, then the usual paths. `fullBrowser` leaves the
 * headless shell out, for a measure of what readers' browsers do (Lighthouse).
 */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, { fullBrowser = false } = {}): string[] {
  const debian = platform !== 'linux' ? [] : fullBrowser ? ['/usr/bin/chromium'] : [HEADLESS_SHELL, '/usr/bin/chromium'];
  return [...new Set([...debian, ...channelPaths('chrome', platform, env), ...channelPaths('msedge', platform, env), ...(USUAL[platform] ?? [])])];
}

/** The command that installs Chromium (and CJK fonts) on this system, from /etc/os-release on Linux. */
export function installCommand(platform: NodeJS.Platform = process.platform, osRelease = readOsRelease()): string {
  if (platform === 'darwin') return 'brew install --cask chromium';
  if (platform === 'win32') return 'winget install Google.Chrome';
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)="?([^"\n]*)"?$/gm)].flatMap((m) => m[1]!.split(/\s+/));
  // Ubuntu ships Chromium as a snap and has no headless-shell package.
  if (ids.includes('ubuntu')) return 'apt-get install -y chromium fonts-noto-cjk';
  if (ids.includes('debian')) return 'apt-get install -y chromium-headless-shell fonts-noto-cjk';
  if (ids.some((id) => ['fedora', 'rhel', 'centos'].includes(id))) return 'dnf install -y chromium google-noto-sans-cjk-fonts';
  if (ids.some((id) => ['arch'].includes(id))) return 'pacman -S chromium noto-fonts-cjk';
  if (ids.some((id) => ['alpine'].includes(id))) return 'apk add chromium font-noto-cjk';
  if (ids.some((id) => ['suse', 'opensuse'].includes(id))) return 'zypper install chromium noto-sans-cjk-fonts';
  return 'install Chromium and a CJK font with your package manager (Debian/Ubuntu: apt-get install -y chromium fonts-noto-cjk)';
}

function readOsRelease(): string {
  try {
    return fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

const runnable = (p: string) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The Chromium to drive: $CHROMIUM_PATH, else the first browser found; none fails (never skips) with the install command. */
export function chromiumPath(env = process.env.CHROMIUM_PATH, candidates = browserCandidates(), install = installCommand()): string {
  const how = `Install one: ${install} (or set CHROMIUM_PATH to a Chromium-family browser).`;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist. ${how}`);
    return env;
  }
  const found = candidates.find(runnable);
  if (!found) throw new Error(`No Chromium-family browser found (looked at $CHROMIUM_PATH, ${candidates.join(', ')}). ${how}`);
  return found;
}

/** Flags that keep Chromium off the network this machine does not have. */
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * How long one browser step (a navigation, a click, a wait for a selector or
 * a response) may take before it fails. playwright's default, 30 s, is what
 * a busy machine overran; a step that waits on a condition costs nothing
 * extra when the machine is quick, so the budget is generous.
 */
export const STEP_BUDGET = 240_000;

const patient = <T extends Page | BrowserContext>(x: T): T => {
  x.setDefaultTimeout(STEP_BUDGET);
  x.setDefaultNavigationTimeout(STEP_BUDGET);
  return x;
};

/** Chromium, with every page and context it opens given STEP_BUDGET. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS, timeout: STEP_BUDGET });
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = async (o) => patient(await newPage(o));
  browser.newContext = async (o) => patient(await newContext(o));
  return browser;
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
