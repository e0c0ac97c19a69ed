/**
 * Reads the content folder from disk without Astro, for `npm run
 * check:content` and the build guard. Parsing faults become messages, not
 * exceptions, so an editor sees every problem at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { localeFromPath, type Locale } from '../../i18n/locales.ts';
import { LAYOUT, LOCK_FILE, type CollectionName } from './paths.ts';
import { SKIP_FILE } from '../translation-status.ts';
import { parseSkipList } from './skip-list.ts';
import type { ContentError } from './errors.ts';

export interface RawFile {
  collection: CollectionName;
  id: string;
  /** Relative to the content folder, with forward slashes. */
  file: string;
  locale?: Locale;
  data: unknown;
  body?: string;
  /** The line of the file on which `body` starts (after the front matter), for messages. */
  bodyLine?: number;
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
export function parseMarkdown(text: string, file: string): { data?: unknown; body: string; bodyLine?: number; error?: ContentError } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { body: text, error: { file, field: '(front matter)', message: 'expected YAML front matter between --- lines' } };
  const { data, error } = parseYaml(m[1] ?? '', file);
  return { data, body: text.slice(m[0].length), bodyLine: (m[0].match(/\n/g)?.length ?? 0) + 1, error };
}

function walk(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return walk(full, base);
    return d.name.startsWith('.') ? [] : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** The verdict lock as read from disk: absent (every claim is new), or its parsed YAML. */
export interface RawLock {
  file: string;
  data: unknown;
}

const skipListFrom = (text: string) => {
  const parsed = parseYaml(text, SKIP_FILE);
  return parsed.error ? { commits: [], errors: [parsed.error] } : parseSkipList(parsed.data, SKIP_FILE);
};

/** The commits the translation skip list names; none when it is absent or broken (check:content reports a broken one). */
export function readSkipList(dir: string): string[] {
  const file = path.join(dir, SKIP_FILE);
  return fs.existsSync(file) ? skipListFrom(fs.readFileSync(file, 'utf8')).commits : [];
}

/**
 * Reads every content file; files that fit no collection are reported. The
 * verdict lock is read beside them (`lock`), not as a collection; the
 * translation skip list is only checked here (readSkipList reads it).
 */
export function readContentDir(dir: string): { files: RawFile[]; errors: ContentError[]; lock?: RawLock } {
  const files: RawFile[] = [];
  const errors: ContentError[] = [];
  let lock: RawLock | undefined;
  if (!fs.existsSync(dir)) return { files, errors: [{ file: dir, field: '(folder)', message: 'content folder not found' }] };
  for (const rel of walk(dir).sort()) {
    if (rel === 'README.md') continue;
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    if (rel === LOCK_FILE) {
      const parsed = parseYaml(text, rel);
      if (parsed.error) errors.push(parsed.error);
      else lock = { file: rel, data: parsed.data };
      continue;
    }
    if (rel === SKIP_FILE) {
      errors.push(...skipListFrom(text).errors);
      continue;
    }
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
    else files.push({ collection, id, file: rel, locale, data: parsed.data, body: parsed.body, bodyLine: 'bodyLine' in parsed ? parsed.bodyLine : undefined });
  }
  return { files, errors, lock };
}
