// `npm run build`'s last step: builds the Pagefind search index over the
// built site, one language at a time, each in its own indexer process, after
// `astro build` has exited. Run inside the build, the indexer's memory came on
// top of Astro's; and one process for both languages holds both at once
// (Chinese text costs it the most). Usage: node scripts/search-index.ts [dist]
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/i18n/locales.ts';
import { searchBundleUrl } from '../src/lib/urls.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const fail = (message: string): never => {
  console.error(`search index: ${message}`);
  process.exit(1);
};
if (!fs.existsSync(path.join(site, 'index.html'))) fail(`${site} holds no built site: run astro build first`);

const started = performance.now();
const counts: string[] = [];
for (const { code, path: segment } of LOCALES) {
  const outputPath = path.join(site, searchBundleUrl(code));
  fs.rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) fail(errors.join('\n'));
    const added = await index!.addDirectory({ path: site, glob: `${segment}/**/*.html` });
    if (added.errors.length) fail(added.errors.join('\n'));
    const written = await index!.writeFiles({ outputPath });
    if (written.errors.length) fail(written.errors.join('\n'));
  } finally {
    // A fresh indexer per language: its memory is returned before the next starts.
    await pagefind.close();
  }
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const langs = Object.keys(entry.languages);
  // Pagefind names an index by <html lang>: a page in the wrong folder, or without lang, shows here.
  if (langs.length !== 1 || langs[0] !== code.toLowerCase()) fail(`${searchBundleUrl(code)} holds ${langs.join(', ') || 'no'} pages, expected ${code} only`);
  counts.push(`${code} ${entry.languages[langs[0]!]!.page_count}`);
}
console.log(`search index: ${counts.join(', ')} pages (${((performance.now() - started) / 1000).toFixed(1)} s)`);
