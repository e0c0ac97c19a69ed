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
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { chromiumPath } from '../helpers/browser.ts';
import { startServer } from '../../scripts/serve.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';
import { buildSite, REPO } from './sites.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LighthouseRow {
  url: string;
  /** 0–1 per category, in CATEGORIES order; null when the run failed. */
  scores: (number | null)[];
  /** Failing audits of categories below 100, as "category: audit title (score)". */
  misses: string[];
}

/** The parts of a Lighthouse JSON report read here. */
interface Lhr {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null } | undefined>;
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
  const chrome = chromiumPath(process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH);
  const rows: LighthouseRow[] = [];
  try {
    for (const route of routes) {
      for (const l of LOCALES) {
        const url = localizedUrl(l.code, route);
        const lhr = await lighthouse(`${origin}${url}`, chrome);
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
        rows.push({ url, scores, misses });
        console.log(`  ${url}  ${scores.map((s) => (s === null ? 'error' : Math.round(s * 100))).join(' / ')}`);
      }
    }
  } finally {
    server.close();
  }
  return rows;
}
