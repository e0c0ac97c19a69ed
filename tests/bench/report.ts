/** Turns measurements into the printed (and appended) Markdown report, and judges the issue-7 targets. */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import type { Build, Heaviest } from './sites.ts';
import type { LighthouseRow } from './lighthouse.ts';
import { REPO } from './sites.ts';

export const TARGETS = { floorRatio: 1.3, linearRatio: 1.1, peakRssBytes: 2.5 * 2 ** 30, largestPages: 10_000 } as const;

export interface SizeResult {
  target: number;
  counts: { sources: number; claims: number; articles: number; tags: number };
  site: Build;
  floor: Build | null;
  weight: { heaviest: Map<string, Heaviest>; over: Heaviest[]; jsPages: string[] };
}

const mb = (b: number) => (b / 2 ** 20).toFixed(0);
const kb = (b: number) => (b / 1024).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function machineInfo(): string {
  const cpu = os.cpus();
  const astro = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/astro/package.json'), 'utf8')).version;
  return `Machine: ${cpu[0]?.model.trim()} × ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}, Astro ${astro}.`;
}

type Per = (b: Build) => number | null;
const WALL: Per = (b) => b.seconds;
const CPU: Per = (b) => b.cpuSeconds;

/**
 * The cost of one more page: the difference in build time between two sizes
 * over the difference in pages, in ms. Dividing a whole build by its pages
 * spreads the fixed start-up over the pages, which flatters whichever build
 * has more of them (the site writes ~6.7× the floor's pages from the same
 * content); the marginal cost leaves start-up out of both.
 * @example marginalMs({ pages: 2644, seconds: 47.3 }, { pages: 10744, seconds: 131.6 }, (b) => b.seconds) // ≈ 10.4
 */
export function marginalMs<B extends { pages: number }>(small: B, large: B, per: (b: B) => number | null): number | null {
  const a = per(small);
  const b = per(large);
  if (a === null || b === null || large.pages === small.pages) return null;
  return ((b - a) * 1000) / (large.pages - small.pages);
}

export function formatResults(results: SizeResult[], lighthouse: LighthouseRow[] | null): { text: string; allMet: boolean } {
  const out: string[] = [];
  out.push(row(['corpus (sources / claims / articles / tags)', 'build', 'HTML pages', 'social cards', 'wall s', 'ms/page', 'CPU s', 'CPU ms/page', 'peak RSS MB', 'load avg', 'same content: site ÷ floor (wall, CPU s)']));
  out.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  const cpu = (b: Build) => [b.cpuSeconds?.toFixed(1) ?? '–', b.cpuMsPerPage?.toFixed(2) ?? '–'];
  const load = (b: Build) => b.load.map((l) => l.toFixed(1)).join('→');
  for (const r of results) {
    const c = `${r.counts.sources} / ${r.counts.claims} / ${r.counts.articles} / ${r.counts.tags}`;
    const same = r.floor ? `${r.site.seconds.toFixed(1)} ÷ ${r.floor.seconds.toFixed(1)} = ${(r.site.seconds / r.floor.seconds).toFixed(1)}×, ${r.site.cpuSeconds && r.floor.cpuSeconds ? `${(r.site.cpuSeconds / r.floor.cpuSeconds).toFixed(1)}×` : '–'}` : '–';
    out.push(row([c, 'site', r.site.pages, r.site.cards, r.site.seconds.toFixed(1), r.site.msPerPage.toFixed(2), ...cpu(r.site), mb(r.site.peakRssBytes), load(r.site), same]));
    if (r.floor) out.push(row(['', 'floor', r.floor.pages, r.floor.cards, r.floor.seconds.toFixed(1), r.floor.msPerPage.toFixed(2), ...cpu(r.floor), mb(r.floor.peakRssBytes), load(r.floor), '']));
  }
  out.push('', 'ms/page is a whole build (wall or CPU) over its HTML pages; it includes start-up, so it is printed for reference and judges nothing. The site\'s build (astro build, then the search index, as `npm run build`) also draws the social cards counted beside its pages; the floor draws none. "Same content" compares the two builds of one corpus: the site writes many more pages from it.');
  const first = results[0]!;
  const last = results.at(-1)!;
  const checks: [string, boolean | null][] = [];
  const floors = results.every((r) => r.floor);
  out.push('', 'Marginal cost per page (ms), between consecutive sizes and from the smallest to the largest:', '');
  out.push(row(['between', 'site wall', 'site CPU', 'floor wall', 'floor CPU', 'site ÷ floor (wall, CPU)']), row(['---', '---:', '---:', '---:', '---:', '---:']));
  const f2 = (n: number | null) => (n === null ? '–' : n.toFixed(2));
  const spans = [...results.slice(1).map((r, i) => [results[i]!, r] as const), ...(results.length > 2 ? [[first, last] as const] : [])];
  for (const [a, b] of spans) {
    const site = [marginalMs(a.site, b.site, WALL), marginalMs(a.site, b.site, CPU)];
    const floor = a.floor && b.floor ? [marginalMs(a.floor, b.floor, WALL), marginalMs(a.floor, b.floor, CPU)] : [null, null];
    const ratio = site.map((v, i) => (v !== null && floor[i] ? v / floor[i]! : null));
    out.push(row([`${a.site.pages} → ${b.site.pages} pages`, f2(site[0]!), f2(site[1]!), f2(floor[0]!), f2(floor[1]!), ratio.map(f2).join(', ')]));
  }
  out.push('', ...formatParts(first, last));
  for (const [what, per] of [['wall', WALL], ['CPU', CPU]] as const) {
    if (per(first.site) === null || results.length < 2) continue;
    const site = marginalMs(first.site, last.site, per)!;
    const floor = floors ? marginalMs(first.floor!, last.floor!, per) : null;
    checks.push([`${what}: the site's marginal cost per page ≤ ${TARGETS.floorRatio}× the floor's, ${first.site.pages} → ${last.site.pages} pages (${floor ? `${site.toFixed(2)} ÷ ${floor.toFixed(2)} = ${(site / floor).toFixed(2)}×` : 'no floor built'})`, floor ? site / floor <= TARGETS.floorRatio : null]);
    if (results.length > 2) {
      const lower = marginalMs(results[0]!.site, results[1]!.site, per)!;
      const upper = marginalMs(results.at(-2)!.site, last.site, per)!;
      checks.push([`${what}: linear, marginal cost in the largest span ≤ ${TARGETS.linearRatio}× the smallest span's (${upper.toFixed(2)} ÷ ${lower.toFixed(2)} = ${(upper / lower).toFixed(2)}×)`, upper / lower <= TARGETS.linearRatio]);
    }
  }
  checks.push([`peak RSS at ${last.site.pages} pages ≤ 2.5 GB (${(last.site.peakRssBytes / 2 ** 30).toFixed(2)} GB)`, last.site.peakRssBytes <= TARGETS.peakRssBytes]);
  checks.push([`largest size reaches ${TARGETS.largestPages} pages (${last.site.pages})`, last.site.pages >= TARGETS.largestPages]);
  const over = last.weight.over;
  checks.push([`every page of the ${last.site.pages}-page site within its gzipped HTML+CSS budget (${over.length} over${over.length ? `: ${over.slice(0, 3).map((o) => `${o.url} ${kb(o.gz)} KB`).join(', ')}` : ''})`, over.length === 0]);
  checks.push([`no JavaScript outside search at ${last.site.pages} pages (${last.weight.jsPages.length} pages with JS)`, last.weight.jsPages.filter((u) => !/\/search\/$/.test(u)).length === 0]);
  out.push('', 'Targets:', '');
  for (const [label, ok] of checks) out.push(`- ${ok === null ? 'n/a ' : ok ? 'MET ' : 'MISSED '} ${label}`);
  out.push('', `Heaviest page of each kind at ${last.site.pages} pages (gzipped HTML + CSS):`, '');
  out.push(row(['kind', 'url', 'KB', 'budget KB']), row(['---', '---', '---:', '---:']));
  for (const [kind, h] of [...last.weight.heaviest].sort()) out.push(row([kind, `\`${h.url}\``, kb(h.gz), kb(h.budget)]));
  if (lighthouse) out.push('', ...formatLighthouse(lighthouse));
  return { text: out.join('\n'), allMet: checks.every(([, ok]) => ok !== false) };
}

/**
 * The site's marginal CPU split into the work the floor also does and the
 * work it has no counterpart for (the search-index step, the social cards),
 * so the two builds can be compared like with like. Printed beside the
 * targets, which judge the whole build.
 */
export function formatParts(first: SizeResult, last: SizeResult): string[] {
  const { search: s0, cards: c0 } = first.site.parts;
  const { search: s1, cards: c1 } = last.site.parts;
  const whole = marginalMs(first.site, last.site, CPU);
  if (whole === null || s0 === null || s1 === null || c0 === null || c1 === null || first === last) return [];
  const per = (a: number, b: number) => ((b - a) * 1000) / (last.site.pages - first.site.pages);
  const search = per(s0, s1);
  const cards = per(c0, c1);
  const rest = whole - search - cards;
  const floor = first.floor && last.floor ? marginalMs(first.floor, last.floor, CPU) : null;
  const f2 = (n: number) => n.toFixed(2);
  return [
    `The site's marginal CPU cost by part, ${first.site.pages} → ${last.site.pages} pages (ms per page; the cards are the CPU the build used while drawing them):`,
    '',
    row(['part', 'site CPU ms/page', 'share']),
    row(['---', '---:', '---:']),
    row(['whole build (judged below)', f2(whole), '100%']),
    row(['search index (its own step after astro build)', f2(search), `${Math.round((100 * search) / whole)}%`]),
    row([`social cards (${last.site.cards - first.site.cards} more cards)`, f2(cards), `${Math.round((100 * cards) / whole)}%`]),
    row(['the rest: HTML pages and the build around them', f2(rest), `${Math.round((100 * rest) / whole)}%`]),
    ...(floor === null ? [] : ['', `Like with like, the rest ÷ the floor's ${f2(floor)} = ${(rest / floor).toFixed(2)}× (the floor builds HTML pages only; not a target, the whole build is).`]),
  ];
}

/** A first paint this long after the load event, with nothing left to load or run, is a stall (tests/bench/lighthouse.ts). */
export const PAINT_STALL_MS = 500;

export function formatLighthouse(rows: LighthouseRow[]): string[] {
  const pct = (s: number) => String(Math.round(s * 100));
  const runs = rows.some((r) => r.performanceRange);
  const lags = rows.some((r) => r.paintLagMs?.length);
  const out = [
    `Lighthouse (mobile, real site${runs ? '; the median run by performance, its range over the runs in brackets' : ''}):`,
    '',
    row(['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', ...(lags ? ['first paint after load, ms, each run'] : [])]),
    row(['---', '---:', '---:', '---:', '---:', ...(lags ? ['---:'] : [])]),
  ];
  for (const r of rows) {
    const cells = r.scores.map((s) => (s === null ? 'error' : pct(s)));
    if (r.performanceRange && cells[0] !== 'error') cells[0] = `${cells[0]} (${r.performanceRange.map(pct).join('–')})`;
    if (lags) cells.push((r.paintLagMs ?? []).map((ms) => (ms >= PAINT_STALL_MS ? `**${ms}**` : String(ms))).join(', '));
    out.push(row([`\`${r.url}\``, ...cells]));
  }
  const stalled = rows.reduce((n, r) => n + (r.paintLagMs ?? []).filter((ms) => ms >= PAINT_STALL_MS).length, 0);
  const total = rows.reduce((n, r) => n + (r.paintLagMs ?? []).length, 0);
  if (stalled) {
    out.push('', `In ${stalled} of ${total} runs (in bold) the first paint came ${PAINT_STALL_MS} ms or more after the load event, with nothing left to load or run: the paint stalled, and that run's Speed Index carries the stall (it followed stylesheets linked in the head: src/lib/stylesheets.ts).`);
  }
  const misses = rows.flatMap((r) => r.misses.map((m) => `- \`${r.url}\`: ${m}`));
  out.push('', misses.length ? 'Below 100, and why:' : 'Every score is 100.', ...(misses.length ? ['', ...misses] : []));
  return out;
}
