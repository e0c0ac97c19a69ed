/**
 * Builds the Pagefind search index after Astro has written the site, so
 * `npm run build` (and with it `npm start` and `npm test`) always ships one.
 * Pagefind splits the index by <html lang>: one per language, and the search
 * page of each language loads its own. Only <main data-pagefind-body> is
 * indexed, so navigation and footers never match a query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_BUNDLE } from '../lib/urls.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'avocado-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: path.join(site, PAGEFIND_BUNDLE) });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          const entry = JSON.parse(fs.readFileSync(path.join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const counts = Object.entries(entry.languages).map(([lang, l]) => `${lang} ${l.page_count}`);
          logger.info(`search index: ${counts.join(', ')} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
