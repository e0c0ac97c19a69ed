// The build itself refuses bad content: same checks as check:content, and no
// output left behind that looks like a valid site.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, edit } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = copyFixture();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-dist-'));
afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: content }, encoding: 'utf8', timeout: 170_000 });

describe('a content fault', () => {
  it('fails npm run check:content with the file, field and reason', () => {
    edit(content, 'claims/launch-q1.yaml', 'source: beta-post', 'source: gamma-post');
    const r = run('npm', ['run', '--silent', 'check:content']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('claims/launch-q1.yaml › positions[1].source: unknown source "gamma-post"');
  });

  it('fails the build with the same message and empties the output folder', () => {
    fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>stale</title>');
    const r = run('npx', ['astro', 'build', '--outDir', outDir]);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('claims/launch-q1.yaml › positions[1].source: unknown source "gamma-post"');
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 180_000);
});

describe('the checker on valid content', () => {
  it('passes and reports what it read', () => {
    const out = execFileSync('npm', ['run', '--silent', 'check:content'], { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: path.join(ROOT, 'tests/fixtures/content') }, encoding: 'utf8' });
    expect(out).toMatch(/content ok: 2 sources, 3 claims/);
  });
});
