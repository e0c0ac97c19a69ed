// Every fault in the catalogue stops both `npm run check:content` and the
// build with the same message, and a failed build leaves no output folder
// that looks like a site. The build's guard hook runs in-process for every
// fault (fast; tests/unit/validate.test.ts runs the checker on each too);
// the real `npm run check:content` and `astro build` run once each, on one
// corpus broken by a representative fault of every family, and must both
// name every one of them. (Spawning both per fault cost minutes on a busy
// machine and checked the same glue each time.)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { checkContentDir, formatErrors } from '../../src/lib/content/index.ts';
import { FAULTS, type Fault } from '../helpers/faults.ts';
import { copyFixture, FIXTURE } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The fixture corpus's stand-in archive, so check:content verifies its quotes too.
const ARCHIVE = path.join(ROOT, 'tests/fixtures/archive');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture corpus broken by one fault. */
function broken(fault: Fault): string {
  const dir = copyFixture();
  temps.push(dir);
  fault.breakIt(dir);
  return dir;
}

/** An output folder holding a stale site, as an earlier good build leaves it. */
function staleOutDir(): string {
  const out = tempDir('avocado-dist-');
  fs.mkdirSync(path.join(out, 'en'));
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>stale</title>');
  fs.writeFileSync(path.join(out, 'en/index.html'), '<!doctype html><title>stale</title>');
  return out;
}

const htmlLeftIn = (dir: string): string[] =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')) : [];

interface Run {
  status: number | null;
  out: string;
  err: string;
}
function run(cmd: string, args: string[], contentDir: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: contentDir, AVOCADO_ARCHIVE_DIR: ARCHIVE } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

/** The report line for this fault: "✗ <file> › <field>: <message>", the message matching the catalogue. */
const lineFor = (text: string, f: Fault) => {
  const prefix = `✗ ${f.file} › ${f.field}: `;
  return text.split('\n').find((l) => l.includes(prefix) && f.message.test(l.slice(l.indexOf(prefix) + prefix.length)));
};

// One fault of each family: parsing, schema, references, text rules, ids.
const BUILT = ['a YAML syntax error', 'an article citing an unknown claim', 'Simplified Chinese characters in zh-TW text', 'raw <script> HTML in Markdown'];
const faults = BUILT.map((name) => FAULTS.find((f) => f.name === name)!);

/** A copy of the fixture corpus broken by every fault in the list at once. */
function brokenByAll(list: readonly Fault[]): string {
  const dir = copyFixture();
  temps.push(dir);
  for (const f of list) f.breakIt(dir);
  return dir;
}

describe('npm run check:content and astro build on a corpus broken in every way at once', () => {
  let build: Run;
  let check: Run;
  let outDir: string;
  beforeAll(async () => {
    const dir = brokenByAll(faults);
    outDir = staleOutDir();
    [check, build] = await Promise.all([run('npm', ['run', '--silent', 'check:content'], dir), run('npx', ['astro', 'build', '--outDir', outDir], dir)]);
  });

  it.each(faults)('check:content fails on $name, naming the file, field and reason', (f) => {
    expect(check.status).toBe(1);
    expect(lineFor(check.err, f), check.err).toBeDefined();
  });

  it('the build fails with check:content’s report, word for word, and leaves no HTML behind', () => {
    expect(build.status).not.toBe(0);
    expect(build.out + build.err).toContain(formatErrorsOf(check.err));
    expect(htmlLeftIn(outDir)).toEqual([]);
  });

  it('check:content passes valid content and reports what it read', async () => {
    const out = execFileSync('npm', ['run', '--silent', 'check:content'], { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: FIXTURE, AVOCADO_ARCHIVE_DIR: ARCHIVE }, encoding: 'utf8' });
    expect(out).toMatch(/content ok: 2 sources, 3 claims/);
    expect(out).toMatch(/quotes: 5 verified verbatim/);
  });
});

/** The error report in check:content's output, without the quotes line that follows it. */
const formatErrorsOf = (err: string) => err.split('\n').filter((l) => !l.startsWith('quotes:')).join('\n').trim();

describe('the build’s content guard (astro:config:setup)', () => {
  const setup = contentGuard().hooks['astro:config:setup'] as unknown as (o: object) => void;
  const logger = { info() {}, warn() {}, error() {} };

  it.each(FAULTS)('throws check:content’s exact report on $name and removes the output folder', (f) => {
    const dir = broken(f);
    const outDir = staleOutDir();
    const before = process.env.AVOCADO_CONTENT_DIR;
    process.env.AVOCADO_CONTENT_DIR = dir;
    try {
      const expected = formatErrors(checkContentDir(dir).errors);
      expect(() => setup({ config: { outDir: pathToFileURL(`${outDir}/`) }, command: 'build', logger })).toThrow(expected);
      expect(lineFor(expected, f)).toBeDefined();
      expect(fs.existsSync(outDir)).toBe(false);
    } finally {
      // Assigning undefined would store the string "undefined", which later
      // files sharing this worker would read as the content folder.
      if (before === undefined) delete process.env.AVOCADO_CONTENT_DIR;
      else process.env.AVOCADO_CONTENT_DIR = before;
    }
  });
});
