/**
 * `npm run bench`: builds the real site and a minimal Astro floor against
 * synthetic corpora of three sizes, prints pages, wall seconds, ms/page and
 * peak RSS, checks the scale targets of issue 7, and appends the results to
 * tests/bench/results.md.
 *
 *   BENCH_SIZES=2500,5000,10000   approximate page counts (default)
 *   --lighthouse                  also score the real site with Lighthouse
 *   --no-floor / --verbose        skip the floor / show Astro's log
 *   BENCH_FLOOR_RUNS=3            floor builds per size; the median (by CPU) counts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectedPages, sourcesForPages, writeCorpus } from './corpus.ts';
import { buildFloor, buildSite, REPO, weighSite } from './sites.ts';
import { formatResults, machineInfo, type SizeResult } from './report.ts';
import type { Build } from './sites.ts';

const args = new Set(process.argv.slice(2));
const sizes = (process.env.BENCH_SIZES ?? '2500,5000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-bench-'));
const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

const floorRuns = Math.max(1, Number(process.env.BENCH_FLOOR_RUNS ?? 3) || 1);
/** The build with the median CPU time (wall time without /usr/bin/time). */
const median = (builds: Build[]) => [...builds].sort((a, b) => (a.cpuSeconds ?? a.seconds) - (b.cpuSeconds ?? b.seconds))[(builds.length - 1) >> 1]!;

const fmtBuild = (b: Build) =>
  `${b.pages} HTML pages + ${b.cards} social cards, ${b.seconds.toFixed(1)} s, ${b.msPerPage.toFixed(2)} ms/page (CPU ${b.cpuMsPerPage?.toFixed(2) ?? '?'}), ${(b.peakRssBytes / 2 ** 20).toFixed(0)} MB, load ${b.load.map((l) => l.toFixed(1)).join('→')}`;

try {
  const results: SizeResult[] = [];
  for (const target of sizes) {
    const n = sourcesForPages(target);
    const dir = path.join(tmp, `n${n}`);
    const content = path.join(dir, 'content');
    console.log(`\n▸ ${target} pages: ${n} sources (about ${expectedPages(n)} pages)`);
    const counts = writeCorpus(content, n);
    const site = await buildSite(dir, content, args.has('--verbose'));
    console.log(`  site:  ${fmtBuild(site)}`);
    const weight = weighSite(path.join(dir, 'site-dist'));
    fs.rmSync(path.join(dir, 'site-dist'), { recursive: true, force: true });
    // The floor's builds are short (10-25 s of CPU), so a neighbour's burst
    // moves its marginal cost, the ratio's denominator, by a fifth or more:
    // it is built a few times and the median build counts.
    const floors: Build[] = [];
    for (let i = 0; i < (args.has('--no-floor') ? 0 : floorRuns); i++) {
      floors.push(await buildFloor(path.join(dir, `floor-${i}`), content, args.has('--verbose')));
      console.log(`  floor: ${fmtBuild(floors.at(-1)!)}`);
    }
    const floor = floors.length ? median(floors) : null;
    if (floors.length > 1) console.log(`  floor: the median of ${floors.length} builds counts (CPU ${floors.map((f) => f.cpuSeconds?.toFixed(1) ?? '?').join(', ')} s)`);
    results.push({ target, counts, site, floor, weight });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lighthouse = args.has('--lighthouse') ? await (await import('./lighthouse.ts')).runLighthouse(tmp) : null;
  const { text, allMet } = formatResults(results, lighthouse);
  console.log(`\n${text}`);
  const file = path.join(REPO, 'tests/bench/results.md');
  const entry = `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${machineInfo()}\n\nCommand: \`${process.env.BENCH_SIZES ? `BENCH_SIZES=${process.env.BENCH_SIZES} ` : ''}npm run bench${args.size ? ` -- ${[...args].join(' ')}` : ''}\`\n\n${text}\n`;
  if (!fs.existsSync(file)) fs.writeFileSync(file, '# Benchmark results\n\nAppended by `npm run bench` (tests/bench/run.ts); newest last.\n');
  fs.appendFileSync(file, entry);
  console.log(`Appended to ${path.relative(REPO, file)}`);
  process.exitCode = allMet ? 0 : 1;
} finally {
  cleanup();
}
