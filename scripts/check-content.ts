// Fast content check without a build: same rules as the build guard, plus
// what the build cannot do: every quote checked verbatim against the source
// archive (src/lib/content/quotes.ts). Without the archive the quotes are
// reported NOT VERIFIED, never passed; with CI=true that fails.
// `-- --watch` re-checks on every save until stopped (Ctrl-C).
import fs from 'node:fs';
import { checkContentDir, contentDir, formatErrors } from '../src/lib/content/index.ts';
import { archiveDir, isCI, notVerifiedLine, verifyQuotes } from '../src/lib/content/quotes.ts';

const dir = contentDir();

/**
 * One check, printed with its time; true when the content is clean. The
 * one-shot error report starts with exactly the build guard's (a test
 * compares them); the watcher adds the time to it.
 */
function checkOnce(watching = false): boolean {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { content, errors } = checkContentDir(dir);
  const quotes = verifyQuotes(content, archiveDir());
  const all = [...errors, ...quotes.errors];
  const ms = Math.round(performance.now() - started);
  // CPU time too: on a busy machine wall time mostly measures the others.
  const { user, system } = process.cpuUsage(cpu);
  const took = `${ms} ms, ${Math.round((user + system) / 1000)} ms CPU`;
  if (all.length) {
    console.error(watching ? `${formatErrors(all)}\n(${took})` : formatErrors(all));
    if (!quotes.archiveFound) console.error(notVerifiedLine(quotes.dir));
    return false;
  }
  console.log(`content ok: ${content.sources.length} sources, ${content.claims.length} claims, ${content.articles.length} article files, ${content.tags.length} tags (${took})`);
  if (quotes.archiveFound) {
    console.log(`quotes: ${quotes.checked} verified verbatim against ${content.sources.length} archived texts in ${quotes.dir}`);
    return true;
  }
  // Loud on both streams: a reader of a CI log or a terminal sees it.
  console.error(notVerifiedLine(quotes.dir));
  if (isCI()) {
    console.error('quotes: CI is set, so a missing archive fails (point AVOCADO_ARCHIVE_DIR at the seed documents)');
    return false;
  }
  return true;
}

if (!process.argv.includes('--watch')) process.exit(checkOnce() ? 0 : 1);

let timer: NodeJS.Timeout | undefined;
// Editors save in several writes (temp file, rename); one check after they settle.
// The watcher is set up before "watching" is printed, so no save after that line is missed.
fs.watch(dir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n— ${new Date().toISOString().slice(11, 19)} change seen, checking again`);
    checkOnce(true);
  }, 100);
});
checkOnce(true);
console.log(`watching ${dir} (Ctrl-C to stop)`);
