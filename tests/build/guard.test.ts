// Every fault in the catalogue stops both `npm run check:content` and the
// build with the same message, and a failed build leaves no output folder
// that looks like a site. The build's guard hook runs in-process for every
// fault (fast); the real `astro build` runs for a representative few.
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
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: contentDir } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

/** Runs jobs two at a time: the machine may have two cores and other test files run too. */
async function pool<T, R>(items: readonly T[], job: (t: T) => Promise<R>, width = 2): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/** The report line for this fault: "✗ <file> › <field>: <message>", the message matching the catalogue. */
const lineFor = (text: string, f: Fault) => {
  const prefix = `✗ ${f.file} › ${f.field}: `;
  return text.split('\n').find((l) => l.includes(prefix) && f.message.test(l.slice(l.indexOf(prefix) + prefix.length)));
};

// The checker's script as `npm run check:content` runs it, minus npm's own
// start-up for each of the many faults (the build section below goes through npm).
const checkContent = (dir: string) => run(process.execPath, [path.join(ROOT, 'scripts/check-content.ts')], dir);

describe('npm run check:content', () => {
  const runs = new Map<string, { dir: string; r: Run }>();
  beforeAll(async () => {
    const done = await pool(FAULTS, async (f) => {
      const dir = broken(f);
      return { dir, r: await checkContent(dir) };
    });
    FAULTS.forEach((f, i) => runs.set(f.name, done[i]!));
  }, 170_000);

  it.each(FAULTS)('fails on $name, naming the file, field and reason', (f) => {
    const { r } = runs.get(f.name)!;
    expect(r.status).toBe(1);
    expect(lineFor(r.err, f), r.err).toBeDefined();
  });

  it('passes valid content and reports what it read', () => {
    const out = execFileSync('npm', ['run', '--silent', 'check:content'], { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: FIXTURE }, encoding: 'utf8' });
    expect(out).toMatch(/content ok: 2 sources, 3 claims/);
  });
});

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
      process.env.AVOCADO_CONTENT_DIR = before;
    }
  });
});

// One fault of each family: parsing, schema, references, text rules, ids.
const BUILT = ['a YAML syntax error', 'an article citing an unknown claim', 'Simplified Chinese characters in zh-TW text', 'raw <script> HTML in Markdown'];

describe('astro build', () => {
  const faults = BUILT.map((name) => FAULTS.find((f) => f.name === name)!);
  const results = new Map<string, { build: Run; check: Run; outDir: string }>();
  beforeAll(async () => {
    const done = await pool(faults, async (f) => {
      const dir = broken(f);
      const outDir = staleOutDir();
      const build = await run('npx', ['astro', 'build', '--outDir', outDir], dir);
      const check = await run('npm', ['run', '--silent', 'check:content'], dir);
      return { build, check, outDir };
    });
    faults.forEach((f, i) => results.set(f.name, done[i]!));
  }, 170_000);

  it.each(faults)('fails on $name with check:content’s report and leaves no HTML behind', (f) => {
    const { build, check, outDir } = results.get(f.name)!;
    expect(build.status).not.toBe(0);
    expect(lineFor(check.err, f)).toBeDefined();
    expect(build.out + build.err).toContain(check.err.trim());
    expect(htmlLeftIn(outDir)).toEqual([]);
  });
});
