// Fast content check without a build: same rules as the build guard.
// `-- --watch` re-checks on every save until stopped (Ctrl-C).
import fs from 'node:fs';
import { checkContentDir, contentDir, formatErrors } from '../src/lib/content/index.ts';

const dir = contentDir();

/**
 * One check, printed with its time; true when the content is clean. The
 * one-shot error report stays exactly the build guard's (a test compares
 * them); the watcher adds the time to it.
 */
function checkOnce(watching = false): boolean {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { content, errors } = checkContentDir(dir);
  const ms = Math.round(performance.now() - started);
  // CPU time too: on a busy machine wall time mostly measures the others.
  const { user, system } = process.cpuUsage(cpu);
  const took = `${ms} ms, ${Math.round((user + system) / 1000)} ms CPU`;
  if (errors.length) {
    console.error(watching ? `${formatErrors(errors)}\n(${took})` : formatErrors(errors));
    return false;
  }
  console.log(
    `content ok: ${content.sources.length} sources, ${content.claims.length} claims, ${content.articles.length} article files, ${content.tags.length} tags (${took})`,
  );
  return true;
}

if (!process.argv.includes('--watch')) process.exit(checkOnce() ? 0 : 1);

checkOnce(true);
console.log(`watching ${dir} (Ctrl-C to stop)`);
let timer: NodeJS.Timeout | undefined;
// Editors save in several writes (temp file, rename); one check after they settle.
fs.watch(dir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n— ${new Date().toISOString().slice(11, 19)} change seen, checking again`);
    checkOnce(true);
  }, 100);
});
