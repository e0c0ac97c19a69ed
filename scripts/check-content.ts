// Fast content check without a build: same rules as the build guard.
import { checkContentDir, contentDir, formatErrors } from '../src/lib/content/index.ts';

const dir = contentDir();
const started = performance.now();
const { content, errors } = checkContentDir(dir);
const ms = Math.round(performance.now() - started);
if (errors.length) {
  console.error(formatErrors(errors));
  process.exit(1);
}
console.log(
  `content ok: ${content.sources.length} sources, ${content.claims.length} claims, ${content.articles.length} article files, ${content.tags.length} tags (${ms} ms)`,
);
