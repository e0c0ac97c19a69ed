/**
 * Runs the content checks before Astro builds anything. Astro's own schema
 * errors do not cover references, translation pairs or dates, and
 * reference() only warns; this makes every fault stop the build.
 * On failure it also empties the output folder, so no stale dist/ that
 * looks valid is left behind.
 *
 * In `astro dev` it stops nothing: it re-checks content/ on every save (and,
 * while a fault remains, on every request), and while a fault remains,
 * every page shows Astro's error overlay with the
 * same file, field and reason `npm run check:content` prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContentDir, contentDir, formatErrors, type ContentError } from '../lib/content/index.ts';
import type { ValidationResult } from '../lib/content/validate.ts';

/** Every page imports it (through the layout), so an error thrown while loading it reaches every page. */
const GATE = fileURLToPath(new URL('../data/site.ts', import.meta.url));

export const OVERLAY_HINT = 'Fix the content file above and save: the page reloads. `npm run check:content` prints the same list.';

/** The error the overlay shows: check:content's message, located at the first faulty file. */
export function contentOverlayError(errors: readonly ContentError[], dir: string): Error {
  const err = new AstroError(formatErrors(errors), OVERLAY_HINT);
  const first = errors[0];
  // The overlay shows a title and opens the file named in loc. Astro swaps
  // the hint for one about browser APIs when toString() mentions "window" or
  // "document" (a claim id such as release-window does): toString() stays short.
  return Object.assign(err, {
    name: 'ContentError',
    title: 'Content error',
    toString: () => `ContentError: ${errors.length} content error${errors.length === 1 ? '' : 's'}`,
    ...(first && { loc: { file: path.resolve(dir, first.file) } }),
  });
}

/** `initial`: the faults found as the dev server starts, checked once by the caller. */
function contentOverlay(dir: string, logger: AstroIntegrationLogger, initial: ContentError[]): Plugin {
  let errors = initial;
  let timer: NodeJS.Timeout | undefined;
  const recheck = (server: ViteDevServer, quietUnlessFixed = false) => {
    const started = performance.now();
    const next = checkContentDir(dir).errors;
    const ms = Math.round(performance.now() - started);
    if (quietUnlessFixed && next.length) return;
    if (next.length) logger.error(`${formatErrors(next)} (${ms} ms)`);
    else if (errors.length) logger.info(`content ok again (${ms} ms)`);
    errors = next;
    // Re-run the gate's transform on the next request, in every environment.
    for (const env of Object.values(server.environments)) {
      for (const mod of env.moduleGraph.getModulesByFile(GATE) ?? []) env.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'avocado-content-overlay',
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        clearTimeout(timer);
        // Editors write a file in several steps; check once they are done.
        timer = setTimeout(() => recheck(server), 80);
      });
      // The watcher alone is not enough: a save made while it is still
      // scanning content/ (a loaded machine, just after start) sends no
      // event, and the page stayed broken after the fix. So while a fault
      // remains, each request checks again (tens of milliseconds) and
      // reopens the gate once the content is clean.
      server.middlewares.use((_req, _res, next) => {
        // A failure here would answer 500 with nothing in the log, so it is logged.
        try {
          if (errors.length) recheck(server, true);
        } catch (e) {
          logger.error(`content re-check failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        }
        next();
      });
    },
    transform(_code, id) {
      if (!errors.length || id.split('?')[0] !== GATE) return;
      // Asked for the gate while a fault stands: read the content once more
      // first, so a fix that neither the watcher nor a request has seen yet
      // (CI once kept a fixed page at 500 for four minutes) reopens it.
      errors = checkContentDir(dir).errors;
      if (errors.length) throw contentOverlayError(errors, dir);
      logger.info('content ok again');
    },
  };
}

/**
 * @param checked `checkContentDir(contentDir())` when the config has already
 * run it (astro.config.mjs reads the content for the sitemap's dates): a
 * build then judges that result instead of reading and validating every
 * file a second time, which cost as much as the first check (about 1 ms a
 * page at 5,000 pages). `astro dev` always checks afresh: the files change
 * while it runs.
 * @example contentGuard(checkContentDir(contentDir()))
 */
export function contentGuard(checked?: ValidationResult): AstroIntegration {
  return {
    name: 'avocado-content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const dir = contentDir();
        if (command === 'dev') {
          const { errors } = checkContentDir(dir);
          if (errors.length) logger.error(formatErrors(errors));
          updateConfig({ vite: { plugins: [contentOverlay(dir, logger, errors)] } });
          return;
        }
        const { content, errors } = checked ?? checkContentDir(dir);
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
