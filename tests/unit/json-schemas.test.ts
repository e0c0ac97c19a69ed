// The JSON Schemas editors validate against say what the zod schemas say:
// committed files are current, valid content passes both, and each fault in
// the catalogue fails both when the fault is the schema's to catch.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUT, type CollectionName } from '../../src/lib/content/paths.ts';
import { parseMarkdown, parseYaml } from '../../src/lib/content/read.ts';
import { jsonSchemaFor, jsonSchemaTexts, SCHEMA_FILES, vscodeYamlSchemas } from '../../src/lib/json-schemas.ts';
import { FAULTS } from '../helpers/faults.ts';
import { copyFixture, FIXTURE } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Formats are not checked here: the patterns tighten() adds state what zod checks.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map(SCHEMA_FILES.map((f) => [f.collection, { zod: f.schema, json: ajv.compile(jsonSchemaFor(f)) }]));

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** A content file read twice: as the checker reads it (zod), and as YAML 1.2 editors read it (dates stay strings). */
function readBoth(dir: string, rel: string): { collection: CollectionName; forZod: unknown; forEditor: unknown } | null {
  const collection = (Object.keys(LAYOUT) as CollectionName[]).find((c) => LAYOUT[c].re.test(rel));
  const full = path.join(dir, rel);
  if (!collection || !fs.existsSync(full)) return null;
  const text = fs.readFileSync(full, 'utf8');
  const parsed = rel.endsWith('.md') ? parseMarkdown(text, rel) : parseYaml(text, rel);
  if (parsed.error) return null;
  const yaml = rel.endsWith('.md') ? (FRONT.exec(text)?.[1] ?? '') : text;
  return { collection, forZod: parsed.data, forEditor: load(yaml, { schema: CORE_SCHEMA }) ?? {} };
}

function verdicts(dir: string, rel: string) {
  const file = readBoth(dir, rel);
  if (!file) return null;
  const v = validators.get(file.collection)!;
  return { zod: v.zod.safeParse(file.forZod).success, json: v.json(file.forEditor) as boolean, errors: ajv.errorsText(v.json.errors) };
}

function contentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  // The verdict lock is written by npm run lock, not by hand: no editor
  // schema. The translation skip list is not a collection (two fields a
  // line, rarely edited); check:content validates it.
  return out.filter((f) => f !== 'README.md' && f !== 'verdicts.lock.yaml' && f !== 'i18n-skip.yaml');
}

/**
 * Rules JSON Schema cannot state, which zod alone enforces (check:content
 * and the dev overlay still report them): each is named with its reason,
 * and the test proves each really is zod-only.
 */
const ZOD_ONLY: Record<string, string> = {
  'a date that is not a real day': 'a calendar check (2026-02-30) is a zod refinement; the JSON Schema checks the YYYY-MM-DD shape only',
  'a correction naming nothing': '"at least one id across claims, articles and sources" is a zod refinement over three fields; the JSON Schema checks each list alone',
};

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('generated JSON Schemas', () => {
  it('are committed as npm run schemas writes them (run it after changing a zod schema)', () => {
    for (const [rel, text] of jsonSchemaTexts()) expect(fs.readFileSync(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
  });

  it('cover every content collection, and VS Code maps each YAML kind to its schema', () => {
    expect(new Set(SCHEMA_FILES.map((f) => f.collection))).toEqual(new Set(Object.keys(LAYOUT)));
    const settings = JSON.parse(fs.readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
    for (const [schema, globs] of Object.entries(settings['yaml.schemas'] as Record<string, string[]>)) {
      expect(fs.existsSync(path.join(ROOT, schema)), schema).toBe(true);
      expect(globs.every((g) => g.startsWith('content/'))).toBe(true);
    }
  });

  it.each([
    ['the fixture corpus', FIXTURE],
    ['the real content', path.join(ROOT, 'content')],
  ])('accept every file of %s, as zod does', (_, root) => {
    const files = contentFiles(root);
    expect(files.length).toBeGreaterThan(5);
    for (const rel of files) {
      const v = verdicts(root, rel);
      expect(v, rel).not.toBeNull();
      expect({ rel, zod: v!.zod, json: v!.json, errors: v!.errors }).toEqual({ rel, zod: true, json: true, errors: 'No errors' });
    }
  });

  it('reject each schema-level fault of the catalogue, as zod does, and accept the rest as zod does', () => {
    const schemaLevel: string[] = [];
    const disagree: unknown[] = [];
    for (const fault of FAULTS) {
      dir = copyFixture();
      fault.breakIt(dir);
      const v = verdicts(dir, fault.file);
      fs.rmSync(dir, { recursive: true, force: true });
      if (!v) continue; // the file is gone or is not YAML at all: nothing for a schema to say
      if (!v.zod) schemaLevel.push(fault.name);
      const expected = fault.name in ZOD_ONLY ? { zod: false, json: true } : { zod: v.zod, json: v.zod };
      if (v.zod !== expected.zod || v.json !== expected.json) disagree.push({ fault: fault.name, zod: v.zod, json: v.json, errors: v.errors });
    }
    expect(disagree).toEqual([]);
    // The catalogue's schema-level faults: types, enums, required fields, ids, dates, URLs, plots…
    expect(schemaLevel.length).toBeGreaterThanOrEqual(10);
  });
});
