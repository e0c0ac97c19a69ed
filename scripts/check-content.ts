// Fast content check without a build: same rules as the build guard, plus
// what the build cannot do: every quote checked verbatim against the source
// archive (src/lib/content/quotes.ts). Without the archive the quotes are
// reported NOT VERIFIED, never passed; with CI=true that fails.
import { checkContentDir, contentDir, formatErrors } from '../src/lib/content/index.ts';
import { archiveDir, isCI, notVerifiedLine, verifyQuotes } from '../src/lib/content/quotes.ts';

const dir = contentDir();
const started = performance.now();
const { content, errors } = checkContentDir(dir);
const quotes = verifyQuotes(content, archiveDir());
const all = [...errors, ...quotes.errors];
const ms = Math.round(performance.now() - started);
if (all.length) {
  console.error(formatErrors(all));
  if (!quotes.archiveFound) console.error(notVerifiedLine(quotes.dir));
  process.exit(1);
}
console.log(
  `content ok: ${content.sources.length} sources, ${content.claims.length} claims, ${content.articles.length} article files, ${content.tags.length} tags (${ms} ms)`,
);
if (quotes.archiveFound) {
  console.log(`quotes: ${quotes.checked} verified verbatim against ${content.sources.length} archived texts in ${quotes.dir}`);
} else {
  // Loud on both streams: a reader of a CI log or a terminal sees it.
  console.error(notVerifiedLine(quotes.dir));
  if (isCI()) {
    console.error('quotes: CI is set, so a missing archive fails (point AVOCADO_ARCHIVE_DIR at the seed documents)');
    process.exit(1);
  }
}
