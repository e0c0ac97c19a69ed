/**
 * Reads the content folder from disk without Astro, for `npm run
 * check:content` and the build guard. Parsing faults become messages, not
 * exceptions, so an editor sees every problem at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { localeFromPath, type Locale } from '../../i18n/locales.ts';
import { LAYOUT, type CollectionName } from './paths.ts';
import type { ContentError } from './errors.ts';

export interface RawFile {
  collection: CollectionName;
  id: string;
  /** Relative to the content folder, with forward slashes. */
  file: string;
  locale?: Locale;
  data: unknown;
  body?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML, turning a syntax error into a ContentError with its line. */
export function parseYaml(text: string, file: string): { data?: unknown; error?: ContentError } {
  try {
    return { data: loadYaml(text) ?? {} };
  } catch (e) {
    const err = e as { mark?: { line: number; column: number }; reason?: string; message: string };
    const where = err.mark ? ` at line ${err.mark.line + 1}, column ${err.mark.column + 1}` : '';
    return { error: { file, field: '(yaml)', message: `YAML syntax error${where}: ${err.reason ?? err.message}` } };
  }
}

/** Splits a Markdown file into front matter data and body. */
export function parseMarkdown(text: string, file: string): { data?: unknown; body: string; error?: ContentError } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { body: text, error: { file, field: '(front matter)', message: 'expected YAML front matter between --- lines' } };
  const { data, error } = parseYaml(m[1] ?? '', file);
  return { data, body: text.slice(m[0].length), error };
}

function walk(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return walk(full, base);
    return d.name.startsWith('.') ? [] : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Reads every content file; files that fit no collection are reported. */
export function readContentDir(dir: string): { files: RawFile[]; errors: ContentError[] } {
  const files: RawFile[] = [];
  const errors: ContentError[] = [];
  if (!fs.existsSync(dir)) return { files, errors: [{ file: dir, field: '(folder)', message: 'content folder not found' }] };
  for (const rel of walk(dir).sort()) {
    if (rel === 'README.md') continue;
    // Corrections (issue 15) get their schema and checks on the verdict branch;
    // until that merges, this branch holds the files without reading them.
    if (rel.startsWith('corrections/')) continue;
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    const match = (Object.entries(LAYOUT) as [CollectionName, (typeof LAYOUT)[CollectionName]][]).find(([, l]) => l.re.test(rel));
    if (!match) {
      errors.push({ file: rel, field: '(path)', message: 'file is outside the content layout (see content/README.md)' });
      continue;
    }
    const [collection, layout] = match;
    const [, id = '', localePath] = layout.re.exec(rel) ?? [];
    let locale: Locale | undefined;
    if (localePath !== undefined) {
      locale = localeFromPath(localePath);
      if (!locale) {
        errors.push({ file: rel, field: '(path)', message: `unknown locale "${localePath}" (expected en.md or zh-tw.md)` });
        continue;
      }
    }
    const parsed = rel.endsWith('.md') ? parseMarkdown(text, rel) : { ...parseYaml(text, rel), body: undefined };
    if (parsed.error) errors.push(parsed.error);
    else files.push({ collection, id, file: rel, locale, data: parsed.data, body: parsed.body });
  }
  return { files, errors };
}
