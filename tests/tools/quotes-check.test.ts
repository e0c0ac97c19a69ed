// `npm run check:content` and the source archive, on the fixture corpus and
// its stand-in archive (tests/fixtures/archive): verbatim quotes pass and are
// counted; a changed quote fails naming the file, the claim, the source and
// the words that differ; an absent archive is NOT VERIFIED, never a pass,
// and fails under CI=true.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notVerifiedLine } from '../../src/lib/content/quotes.ts';
import { copyFixture, edit, FIXTURE } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARCHIVE = path.join(ROOT, 'tests/fixtures/archive');

interface Run {
  status: number | null;
  out: string;
  err: string;
}
const check = (env: Record<string, string>): Promise<Run> =>
  new Promise((resolve) => {
    const { CI: _ci, ...rest } = process.env;
    execFile(process.execPath, [path.join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...rest, ...env } }, (error, out, err) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err }),
    );
  });

const changed = copyFixture();
const nowhere = path.join(os.tmpdir(), `avocado-no-archive-${process.pid}`);
afterAll(() => fs.rmSync(changed, { recursive: true, force: true }));

const runs: Record<string, Run> = {};
beforeAll(async () => {
  edit(changed, 'claims/launch-q1.yaml', 'quote: "Second delay: May 2026 or later"', 'quote: "Second delay: June 2026 or later"');
  const [good, bad, absent, ci] = await Promise.all([
    check({ AVOCADO_CONTENT_DIR: FIXTURE, AVOCADO_ARCHIVE_DIR: ARCHIVE }),
    check({ AVOCADO_CONTENT_DIR: changed, AVOCADO_ARCHIVE_DIR: ARCHIVE }),
    check({ AVOCADO_CONTENT_DIR: FIXTURE, AVOCADO_ARCHIVE_DIR: nowhere }),
    check({ AVOCADO_CONTENT_DIR: FIXTURE, AVOCADO_ARCHIVE_DIR: nowhere, CI: 'true' }),
  ]);
  Object.assign(runs, { good, bad, absent, ci });
});

describe('check:content with the archive', () => {
  it('verifies every quote and says how many', () => {
    expect(runs.good!.status, runs.good!.err).toBe(0);
    expect(runs.good!.out).toContain(`quotes: 5 verified verbatim against 2 archived texts in ${ARCHIVE}`);
    expect(runs.good!.err).not.toContain('NOT VERIFIED');
  });

  it('fails on a changed quote, naming the file, the claim, the source and the first words that differ', () => {
    expect(runs.bad!.status).toBe(1);
    expect(runs.bad!.err).toContain(
      '✗ claims/launch-q1.yaml › positions[1].quote: claim launch-q1: quote not verbatim in beta-post (001_660d902ae9e5bded.txt): matches up to “…Second delay:”, then the quote has “June 2026 or later” where the source has “May 2026 or later. Meta’s”',
    );
  });
});

describe('check:content without the archive', () => {
  it('prints NOT VERIFIED with the path it looked at, never a pass for quotes, and passes the rest', () => {
    expect(runs.absent!.status).toBe(0);
    expect(runs.absent!.out).toMatch(/^content ok: 2 sources, 3 claims/m);
    expect(runs.absent!.err).toContain(notVerifiedLine(nowhere));
    expect(runs.absent!.out + runs.absent!.err).not.toMatch(/quotes: \d+ verified/);
  });

  it('fails with CI=true', () => {
    expect(runs.ci!.status).toBe(1);
    expect(runs.ci!.err).toContain(notVerifiedLine(nowhere));
  });
});
