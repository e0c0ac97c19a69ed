/**
 * Lighthouse (mobile, the default form factor) on the real site: the home
 * page, a source, the matrix, a claim and an article, in both languages.
 * The site is built from content/ into the temp folder (never dist/) with
 * SITE_URL set to the local server, so canonical URLs are same-origin, and
 * served by scripts/serve.ts on a free port.
 *
 * Lighthouse is not a dependency: its puppeteer → extract-zip path carries
 * an advisory with no fix, so it is fetched only when asked for
 * (`npm run bench -- --lighthouse`) with `npx --yes lighthouse@12`, and run
 * through its command line, one URL at a time, printing its JSON report.
 *
 * Each page is scored LIGHTHOUSE_RUNS times (default 3) and the median run
 * by performance is reported, with the range beside it: on this shared
 * 2-core machine one page's performance score ranged 91–100 over six runs
 * of identical HTML (total blocking time 50–370 ms, all of it layout, which
 * Lighthouse multiplies by its 4× CPU throttle), so one run says little.
 *
 * Each run also reports how long after the load event the first paint came
 * in Lighthouse's own unthrottled load. These pages have nothing left to
 * fetch or run at load, so they should paint at once; Lighthouse's simulated
 * Speed Index inherits any lag. Lags of 0.8–2.3 s came in 25 of 39 runs while
 * pages linked their stylesheets in the head (even a 3.5 KB page holding only
 * the header and footer; Playwright, loading the same pages, saw first paint
 * within 100 ms of load), and in none since they link them at the top of the
 * body (src/lib/stylesheets.ts). The column is there to show if it returns.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { browserCandidates, chromiumPath } from '../helpers/browser.ts';
import { startServer } from '../../scripts/serve.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';
import { buildSite, REPO } from './sites.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LighthouseRow {
  url: string;
  /** 0–1 per category, in CATEGORIES order; null when the run failed. */
  scores: (number | null)[];
  /** Failing audits of categories below 100, as "category: audit title (score)". */
  misses: string[];
  /** Lowest and highest performance score (0–1) over the runs, when more than one succeeded. */
  performanceRange?: [number, number];
  /** Per run, in run order: ms from the load event to first paint in Lighthouse's unthrottled load. */
  paintLagMs?: number[];
}

/** First paint minus the load event, in the unthrottled load Lighthouse observed; null when missing. */
export function paintLagMs(lhr: Pick<Lhr, 'audits'>): number | null {
  const m = lhr.audits.metrics?.details?.items?.[0];
  const fcp = m?.observedFirstContentfulPaint;
  const load = m?.observedLoad;
  return typeof fcp === 'number' && typeof load === 'number' ? Math.round(fcp - load) : null;
}

/** The parts of a Lighthouse JSON report read here. */
interface Lhr {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; details?: { items?: Record<string, number>[] } } | undefined>;
}

async function lighthouse(url: string, chrome: string): Promise<Lhr | null> {
  const args = ['--yes', 'lighthouse@12', url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${FLAGS.join(' ')}`];
  try {
    const { stdout } = await promisify(execFile)('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(stdout) as Lhr;
  } catch (e) {
    console.error(`  lighthouse failed on ${url}: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

export async function runLighthouse(tmp: string): Promise<LighthouseRow[]> {
  const { content } = checkContentDir(contentDir());
  const routes: Route[] = [
    { kind: 'home' },
    { kind: 'source', id: content.sources[0]!.id },
    { kind: 'claims' },
    { kind: 'claim', id: content.claims[0]!.id },
    { kind: 'article', id: content.articles[0]!.id },
  ];
  const dir = path.join(tmp, 'lighthouse');
  fs.mkdirSync(dir, { recursive: true });
  const server = await startServer(path.join(dir, 'site-dist'), 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(`\n▸ Lighthouse: building the real site for ${origin}`);
  await buildSite(dir, path.join(REPO, 'content'), false, { SITE_URL: origin });
  // The desktop browser, not the tests' headless shell: Lighthouse measures what a reader's Chromium does.
  const chrome = chromiumPath(process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH, browserCandidates(process.platform, process.env, { fullBrowser: true }));
  const rows: LighthouseRow[] = [];
  try {
    for (const route of routes) {
      for (const l of LOCALES) {
        const url = localizedUrl(l.code, route);
        const runs: Lhr[] = [];
        for (let i = 0; i < RUNS; i++) {
          const one = await lighthouse(`${origin}${url}`, chrome);
          if (one) runs.push(one);
        }
        const lags = runs.map(paintLagMs).filter((n): n is number => n !== null);
        const perf = (r: Lhr) => r.categories.performance?.score ?? 0;
        runs.sort((a, b) => perf(a) - perf(b));
        const lhr = runs[Math.floor((runs.length - 1) / 2)] ?? null;
        const scores = CATEGORIES.map((c) => lhr?.categories[c]?.score ?? null);
        const misses: string[] = [];
        for (const c of CATEGORIES) {
          const cat = lhr?.categories[c];
          if (!cat || cat.score === 1) continue;
          for (const ref of cat.auditRefs) {
            const audit = lhr!.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) misses.push(`${cat.title}: ${audit.title} (${Math.round(audit.score * 100)})`);
          }
        }
        const performanceRange: [number, number] | undefined = runs.length > 1 ? [perf(runs[0]!), perf(runs.at(-1)!)] : undefined;
        rows.push({ url, scores, misses, performanceRange, paintLagMs: lags });
        console.log(`  ${url}  ${scores.map((s) => (s === null ? 'error' : Math.round(s * 100))).join(' / ')}${performanceRange ? `  (performance ${performanceRange.map((s) => Math.round(s * 100)).join('–')} over ${runs.length} runs)` : ''}  first paint after load: ${lags.join(', ')} ms`);
      }
    }
  } finally {
    server.close();
  }
  return rows;
}
