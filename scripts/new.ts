// npm run new -- <source|claim|article> <id> [--source <source-id>]
// Writes every file the new item needs, both languages, each required field
// marked TODO. A bad or taken id writes nothing and says why.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/paths.ts';
import { readContentDir } from '../src/lib/content/read.ts';
import { SCAFFOLD_KINDS, scaffold, type Existing, type ScaffoldKind } from '../src/lib/scaffold.ts';

const USAGE = `usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id> [--source <source-id>]`;
const fail = (message: string): never => {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(1);
};

const args = process.argv.slice(2);
const sourceFlag = args.indexOf('--source');
const source = sourceFlag >= 0 ? (args.splice(sourceFlag, 2)[1] ?? fail('--source needs a source id')) : undefined;
const [kind, id, ...rest] = args;
if (!kind || !SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) fail(kind ? `unknown kind "${kind}"` : 'missing kind');
if (!id) fail('missing id');
if (rest.length) fail(`unexpected arguments: ${rest.join(' ')}`);

const dir = contentDir();
if (!fs.existsSync(dir)) fail(`content folder not found: ${dir}`);
const names = (sub: string, re: RegExp) =>
  fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).flatMap((n) => re.exec(n)?.[1] ?? []) : [];
// Folder and file names, not parsed ids: a half-written item still takes its id.
const { files } = readContentDir(dir);
const existing: Existing = {
  sources: names('sources', /^([^.][^/]*)$/),
  claims: names('claims', /^(.+)\.ya?ml$/),
  articles: names('articles', /^([^.][^/]*)$/),
  tags: names('tags', /^(.+)\.ya?ml$/),
  glyphs: files.flatMap((f) => {
    const g = f.collection === 'sources' ? (f.data as { mark?: { glyph?: unknown } })?.mark?.glyph : undefined;
    return typeof g === 'string' && g !== 'TODO' ? [g] : [];
  }),
};
const result = scaffold(kind as ScaffoldKind, id!, existing, { source });
if ('error' in result) fail(result.error);
const made = (result as { files: { path: string; text: string }[] }).files;
// Every target is checked before anything is written: all files or none.
const clash = made.find((f) => fs.existsSync(path.join(dir, f.path)));
if (clash) fail(`${clash.path} already exists`);
for (const f of made) {
  fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
  fs.writeFileSync(path.join(dir, f.path), f.text, { flag: 'wx' });
}
console.log(`created ${kind} "${id}":\n${made.map((f) => `  ${path.relative(process.cwd(), path.join(dir, f.path))}`).join('\n')}`);
console.log('Replace every TODO, then run npm run check:content (it lists what is left).');
