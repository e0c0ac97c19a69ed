// Supply chain: the lockfile is committed and matches package.json, no
// install script runs unreviewed, and the audit summary never claims a pass
// it did not get.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeAudit, verdict } from '../../scripts/check-deps.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

describe('the lockfile', () => {
  it('is committed to git', () => {
    expect(execFileSync('git', ['ls-files', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('package-lock.json');
  });

  it('pins exactly the dependencies package.json declares', () => {
    const root = lock.packages[''];
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });
});

describe('install scripts', () => {
  const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
    .filter(([, p]) => p.hasInstallScript)
    .map(([where]) => where.split('node_modules/').pop()!);

  it('are each reviewed in package.json allowScripts (approved or denied)', () => {
    expect(withScripts.filter((name) => !(name in pkg.allowScripts))).toEqual([]);
  });

  it('run only for the pinned Node; esbuild’s is denied', () => {
    expect(Object.entries(pkg.allowScripts).filter(([, ok]) => ok).map(([name]) => name)).toEqual(['node']);
    expect(pkg.allowScripts.esbuild).toBe(false);
  });

  it('npm install-scripts ls finds nothing unreviewed', () => {
    const out = JSON.parse(execFileSync('npm', ['install-scripts', 'ls', '--json'], { cwd: ROOT, encoding: 'utf8' }));
    expect(out.allowScripts).toEqual([]);
  });
});

describe('the audit summary (npm run check:deps)', () => {
  const report = (v: object) => JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: v } });

  it('prints the high and critical counts and passes only on zero', () => {
    const clean = verdict(summarizeAudit(report({ info: 0, low: 1, moderate: 2, high: 0, critical: 0, total: 3 })));
    expect(clean).toEqual({ line: 'audit: 0 high, 0 critical (2 moderate, 1 low) in production dependencies', ok: true });
    expect(verdict(summarizeAudit(report({ high: 1, critical: 0 }))).ok).toBe(false);
    expect(verdict(summarizeAudit(report({ high: 0, critical: 2 }))).line).toMatch(/^audit: 0 high, 2 critical/);
  });

  it('says NOT CHECKED when the advisory service cannot be reached, and fails then if strict', () => {
    const offline = summarizeAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to the registry failed' } }));
    expect(offline.checked).toBe(false);
    expect(verdict(offline).line).toMatch(/^audit: NOT CHECKED.*request to the registry failed/);
    expect(verdict(offline)).toMatchObject({ ok: true });
    expect(verdict(offline, true)).toMatchObject({ ok: false });
    expect(summarizeAudit('npm error network').checked).toBe(false);
  });
});
