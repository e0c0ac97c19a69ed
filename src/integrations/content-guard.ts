/**
 * Runs the content checks before Astro builds anything. Astro's own schema
 * errors do not cover references, translation pairs or dates, and
 * reference() only warns; this makes every fault stop the build.
 * On failure it also empties the output folder, so no stale dist/ that
 * looks valid is left behind.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir, contentDir, formatErrors } from '../lib/content/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'avocado-content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { content, errors } = checkContentDir(contentDir());
        if (!errors.length) {
          logger.info(`content ok: ${content.sources.length} sources, ${content.claims.length} claims, ${content.articles.length} article files`);
          return;
        }
        if (command === 'build') fs.rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        throw new Error(formatErrors(errors));
      },
    },
  };
}
