/**
 * Where content lives. One place decides, so Astro's collections, the
 * checker and the benchmark's synthetic corpus all read the same folder.
 * AVOCADO_CONTENT_DIR overrides it (the benchmark builds against a temp dir).
 */
import path from 'node:path';

export function contentDir(cwd = process.cwd(), env = process.env): string {
  return path.resolve(cwd, env.AVOCADO_CONTENT_DIR || 'content');
}

/** File layout below the content folder, as glob patterns and the regex that reads ids from paths. */
export const LAYOUT = {
  tags: { glob: 'tags/*.{yaml,yml}', re: /^tags\/([^/]+)\.ya?ml$/ },
  sources: { glob: 'sources/*/source.{yaml,yml}', re: /^sources\/([^/]+)\/source\.ya?ml$/ },
  sourceProse: { glob: 'sources/*/*.md', re: /^sources\/([^/]+)\/([^/]+)\.md$/ },
  claims: { glob: 'claims/*.{yaml,yml}', re: /^claims\/([^/]+)\.ya?ml$/ },
  articles: { glob: 'articles/*/*.md', re: /^articles\/([^/]+)\/([^/]+)\.md$/ },
  corrections: { glob: 'corrections/*.{yaml,yml}', re: /^corrections\/([^/]+)\.ya?ml$/ },
} as const;
export type CollectionName = keyof typeof LAYOUT;

/** The verdict lock: each claim's status and verdict as last published (not a collection). */
export const LOCK_FILE = 'verdicts.lock.yaml';
