// `npm run build`'s last step: builds the Pagefind search index over the
// built site after `astro build` has exited, one shard of one language at a
// time (src/lib/search-scope.ts), each in its own indexer process. Inside the
// build, the indexer's memory came on top of Astro's; one process for the
// whole site held both languages at once. The CLI is used rather than the
// Node API: it waits for its indexer, so a benchmark counts the indexer's CPU.
// Usage: node scripts/search-index.ts [dist]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { SEARCH_EXCLUDE_SELECTORS, SEARCH_SHARDS, shardGlob } from '../src/lib/search-scope.ts';
import { PAGEFIND_ROOT, searchBundleUrl } from '../src/lib/urls.ts';

const PAGEFIND = path.resolve(import.meta.dirname, '../node_modules/pagefind/lib/runner/bin.cjs');
const site = path.resolve(process.argv[2] ?? 'dist');
const fail = (message: string): never => {
  console.error(`search index: ${message}`);
  process.exit(1);
};
if (!fs.existsSync(path.join(site, 'index.html'))) fail(`${site} holds no built site: run astro build first`);

const started = performance.now();
fs.rmSync(path.join(site, PAGEFIND_ROOT), { recursive: true, force: true });
const counts: string[] = [];
for (const { code } of LOCALES) {
  const pages: number[] = [];
  for (const shard of SEARCH_SHARDS) {
    const outputPath = path.join(site, searchBundleUrl(code, shard.id));
    const run = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--glob', shardGlob(code, shard), '--output-path', outputPath, '--exclude-selectors', SEARCH_EXCLUDE_SELECTORS.join(', '), '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) fail(`${shard.id} (${code}) failed:\n${run.stdout}${run.stderr}`);
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const langs = Object.keys(entry.languages);
    // Pagefind names an index by <html lang>: a page in the wrong folder, or without lang, shows here.
    if (langs.length !== 1 || langs[0] !== code.toLowerCase()) fail(`${searchBundleUrl(code, shard.id)} holds ${langs.join(', ') || 'no'} pages, expected ${code} only`);
    pages.push(entry.languages[langs[0]!]!.page_count);
  }
  counts.push(`${code} ${pages.join(' + ')}`);
}
console.log(`search index: ${counts.join(', ')} pages (${SEARCH_SHARDS.map((s) => s.id).join(' + ')}; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
