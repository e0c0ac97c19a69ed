// Reads the built site once: every HTML page, parsed, keyed by its URL path.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { resolvePath } from '../../scripts/serve.ts';
import { SEARCH_EXCLUDE_SELECTORS } from '../../src/lib/search-scope.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface Page {
  /** URL path: /en/claims/ or /404.html */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

export function fileToUrl(file: string): string {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

// Shared by every built-output file in a worker (the build project does not
// isolate files): a test that changes a parsed page must .clone() it first.
let cache: Map<string, Page> | undefined;

export function loadPages(): Map<string, Page> {
  if (cache) return cache;
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` (npm test does it first).');
  cache = new Map();
  for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(file, 'utf8');
    const url = fileToUrl(file);
    cache.set(url, { url, file, html, doc: parse(html) });
  }
  return cache;
}

/** The built file an internal URL lands on (following the trailing-slash redirect), or null. */
export function targetOf(url: string): string | null {
  const hit = resolvePath(DIST, url);
  if (!hit) return null;
  if ('redirect' in hit) return null; // links must use the canonical slash style
  return hit.file;
}

const idCache = new Map<string, Set<string>>();
/** Every id attribute in a built HTML file. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = parse(fs.readFileSync(file, 'utf8'));
    ids = new Set(doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * The text Pagefind indexes on a page: its <main data-pagefind-body> minus
 * every [data-pagefind-ignore] part and the chrome the indexer is told to
 * skip (SEARCH_EXCLUDE_SELECTORS); null when the page is not indexed.
 */
export function indexedText(page: Page): string | null {
  const main = page.doc.querySelector('main[data-pagefind-body]');
  if (!main) return null;
  const copy = parse(main.outerHTML);
  for (const el of copy.querySelectorAll(['[data-pagefind-ignore]', ...SEARCH_EXCLUDE_SELECTORS].join(', '))) el.remove();
  return copy.text;
}
