import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { FAULTS } from '../helpers/faults.ts';
import { copyFixture, FIXTURE } from '../helpers/fixture.ts';

const TODAY = '2026-11-25';
let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('checkContentDir()', () => {
  it('accepts the valid fixture corpus', () => {
    const { errors, content } = checkContentDir(FIXTURE, TODAY);
    expect(errors.map(formatError)).toEqual([]);
    expect(content.sources).toHaveLength(2);
  });

  it('has a catalogue of at least 20 distinct faults', () => {
    expect(new Set(FAULTS.map((f) => f.name)).size).toBe(FAULTS.length);
    expect(FAULTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FAULTS)('reports $name with its file, field and reason', (fault) => {
    dir = copyFixture();
    fault.breakIt(dir);
    const { errors } = checkContentDir(dir, TODAY);
    // A fault may cause more than one message at the same place (a case
    // collision is also not kebab-case); the expected one must be among them.
    const hit = errors.find((e) => e.file === fault.file && e.field === fault.field && fault.message.test(e.message));
    expect(hit, `errors were:\n${errors.map(formatError).join('\n')}`).toBeDefined();
  });
});
