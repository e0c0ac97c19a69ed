/**
 * Builds the real site and the floor against one synthetic corpus and
 * weighs what they wrote. Output and caches live in the temp folder: the
 * repo's dist/ and node_modules/.astro are never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { measure, type Measured } from './measure.ts';
import { writeFloorProject, writeSiteConfig } from './floor.ts';
import { assetReader, budgetFor, weighPage } from '../helpers/page-weight.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

export interface Build extends Measured {
  /** HTML pages written: what the targets and ms/page are about. */
  pages: number;
  /** Social-card PNGs (og/): drawn in the same build, so their cost is inside ms/page; counted apart, never as pages. */
  cards: number;
  msPerPage: number;
  cpuMsPerPage: number | null;
  /**
   * CPU seconds inside the totals spent on work the floor has no counterpart
   * for: the search-index step (measured as its own process tree) and
   * drawing the social cards (the process's CPU while the card route drew
   * them, logged by the route when AVOCADO_BENCH_CARDS names a file). Null
   * where the build does no such work or it could not be measured.
   */
  parts: { search: number | null; cards: number | null };
}

function filesEnding(dir: string, ext: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f)) : [];
}
const htmlFiles = (dir: string) => filesEnding(dir, '.html');

/** Sums of steps run one after the other: times add up, memory peaks at the largest step's. */
function sum(steps: Measured[]): Measured {
  const total = (f: (m: Measured) => number | null) => (steps.some((m) => f(m) === null) ? null : steps.reduce((a, m) => a + f(m)!, 0));
  return {
    code: steps.find((m) => m.code !== 0)?.code ?? 0,
    seconds: total((m) => m.seconds)!,
    cpuSeconds: total((m) => m.cpuSeconds),
    peakRssBytes: Math.max(...steps.map((m) => m.peakRssBytes)),
    load: [steps[0]!.load[0], steps.at(-1)!.load[1]],
    tail: steps.at(-1)!.tail,
  };
}

/** The CPU seconds logged by the card route, one line of microseconds per card; null without a log. */
function cardSeconds(log: string): number | null {
  if (!fs.existsSync(log)) return null;
  const us = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).reduce((a, l) => a + Number(l), 0);
  fs.rmSync(log, { force: true });
  return us / 1e6;
}

/**
 * `astro build` with `args`, then the search-index step when given, as
 * `npm run build` runs them: the totals cover both; each is measured as its
 * own process tree so the report can also show the index apart.
 */
async function build(args: string[], env: NodeJS.ProcessEnv, outDir: string, verbose: boolean, searchIndex?: string[]): Promise<Build> {
  const log = verbose ? (l: string) => console.log(`    ${l}`) : undefined;
  const cardLog = path.join(path.dirname(outDir), 'card-cpu.log');
  fs.rmSync(cardLog, { force: true });
  const run = async (cmd: string[], what: string) => {
    const m = await measure(cmd[0]!, cmd.slice(1), { cwd: REPO, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', AVOCADO_BENCH_CARDS: cardLog }, log });
    if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.tail}`);
    return m;
  };
  const astro = await run([process.execPath, ASTRO, 'build', ...args], 'astro build');
  const search = searchIndex ? await run(searchIndex, 'search index') : null;
  const m = sum(search ? [astro, search] : [astro]);
  const pages = htmlFiles(outDir).length;
  const cards = filesEnding(path.join(outDir, 'og'), '.png').length;
  return {
    ...m,
    pages,
    cards,
    msPerPage: (m.seconds * 1000) / pages,
    cpuMsPerPage: m.cpuSeconds === null ? null : (m.cpuSeconds * 1000) / pages,
    parts: { search: search?.cpuSeconds ?? null, cards: cardSeconds(cardLog) },
  };
}

/** Builds the real site (the repo's src/ and config) against `contentDir`, search index included, as `npm run build` does. */
export function buildSite(tmp: string, contentDir: string, verbose = false, env: NodeJS.ProcessEnv = {}): Promise<Build> {
  const outDir = path.join(tmp, 'site-dist');
  const config = path.join(tmp, 'astro.bench.config.mjs');
  writeSiteConfig(config, REPO, outDir, path.join(tmp, 'site-cache'));
  const searchIndex = [process.execPath, path.join(REPO, 'scripts/search-index.ts'), outDir];
  return build(['--root', REPO, '--config', path.relative(REPO, config)], { ...env, AVOCADO_CONTENT_DIR: contentDir }, outDir, verbose, searchIndex);
}

/** Builds the minimal Astro project over the same Markdown. */
export function buildFloor(tmp: string, contentDir: string, verbose = false): Promise<Build> {
  const root = path.join(tmp, 'floor');
  writeFloorProject(root, contentDir, path.join(REPO, 'node_modules'));
  return build(['--root', root], {}, path.join(root, 'dist'), verbose);
}

export interface Heaviest {
  url: string;
  gz: number;
  budget: number;
}

/** The heaviest page of each kind (by first path segment after the locale), and every page over budget. */
export function weighSite(outDir: string): { heaviest: Map<string, Heaviest>; over: Heaviest[]; jsPages: string[] } {
  const read = assetReader(outDir);
  const heaviest = new Map<string, Heaviest>();
  const over: Heaviest[] = [];
  const jsPages: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const url = `/${rel.replace(/index\.html$/, '')}`;
    const w = weighPage(fs.readFileSync(file, 'utf8'), read);
    const item = { url, gz: w.htmlGz + w.cssGz, budget: budgetFor(url) };
    const parts = url.split('/').filter(Boolean);
    const kind = parts.length <= 1 ? 'home' : parts.length === 2 ? `${parts[1]} index` : parts[2] === 'page' ? `${parts[1]} pages` : parts[1]!;
    if (item.gz > (heaviest.get(kind)?.gz ?? -1)) heaviest.set(kind, item);
    if (item.gz > item.budget) over.push(item);
    if (w.jsBytes > 0) jsPages.push(url);
  }
  return { heaviest, over, jsPages };
}
