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

export function formatResults(results: SizeResult[], lighthouse: LighthouseRow[] | null): { text: string; allMet: boolean } {
  const out: string[] = [];
  out.push(row(['corpus (sources / claims / articles / tags)', 'build', 'HTML pages', 'social cards', 'wall s', 'ms/page', 'CPU s', 'CPU ms/page', 'peak RSS MB', 'load avg', 'site ÷ floor (ms/page, CPU ms/page)']));
  out.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  const cpu = (b: Build) => [b.cpuSeconds?.toFixed(1) ?? '–', b.cpuMsPerPage?.toFixed(2) ?? '–'];
  const load = (b: Build) => b.load.map((l) => l.toFixed(1)).join('→');
  for (const r of results) {
    const c = `${r.counts.sources} / ${r.counts.claims} / ${r.counts.articles} / ${r.counts.tags}`;
    const ratio = r.floor ? `${(r.site.msPerPage / r.floor.msPerPage).toFixed(2)}, ${r.site.cpuMsPerPage && r.floor.cpuMsPerPage ? (r.site.cpuMsPerPage / r.floor.cpuMsPerPage).toFixed(2) : '–'}` : '–';
    out.push(row([c, 'site', r.site.pages, r.site.cards, r.site.seconds.toFixed(1), r.site.msPerPage.toFixed(2), ...cpu(r.site), mb(r.site.peakRssBytes), load(r.site), ratio]));
    if (r.floor) out.push(row(['', 'floor', r.floor.pages, r.floor.cards, r.floor.seconds.toFixed(1), r.floor.msPerPage.toFixed(2), ...cpu(r.floor), mb(r.floor.peakRssBytes), load(r.floor), '']));
  }
  out.push('', 'ms/page is the whole build (wall or CPU) divided by the HTML pages only; the site\'s build (astro build, then the search index, as `npm run build`) also draws the social cards counted beside them (satori + resvg), the floor draws none.');
  const first = results[0]!;
  const last = results.at(-1)!;
  const checks: [string, boolean | null][] = [];
  const withFloor = results.filter((r) => r.floor);
  for (const [what, per] of [['wall', (b: Build) => b.msPerPage], ['CPU', (b: Build) => b.cpuMsPerPage]] as const) {
    if (per(first.site) === null) continue;
    const worstFloor = Math.max(...withFloor.map((r) => per(r.site)! / per(r.floor!)!));
    checks.push([`${what}: site cost per page ≤ ${TARGETS.floorRatio}× the floor at every size (${withFloor.length ? `worst ${worstFloor.toFixed(2)}×` : 'no floor built'})`, withFloor.length ? worstFloor <= TARGETS.floorRatio : null]);
    const linear = per(last.site)! / per(first.site)!;
    checks.push([`${what}: linear, ms/page at ${last.site.pages} pages ≤ ${TARGETS.linearRatio}× ms/page at ${first.site.pages} pages (${results.length > 1 ? `${linear.toFixed(2)}×` : 'one size only'})`, results.length > 1 ? linear <= TARGETS.linearRatio : null]);
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

function formatLighthouse(rows: LighthouseRow[]): string[] {
  const out = ['Lighthouse (mobile, real site):', '', row(['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO']), row(['---', '---:', '---:', '---:', '---:'])];
  for (const r of rows) out.push(row([`\`${r.url}\``, ...r.scores.map((s) => (s === null ? 'error' : String(Math.round(s * 100))))]));
  const misses = rows.flatMap((r) => r.misses.map((m) => `- \`${r.url}\`: ${m}`));
  out.push('', misses.length ? 'Below 100, and why:' : 'Every score is 100.', ...(misses.length ? ['', ...misses] : []));
  return out;
}
