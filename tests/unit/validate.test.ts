import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { siteEnglish } from '../../src/lib/content/validate.ts';
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

describe('siteEnglish()', () => {
  it('yields the site’s English and English translations, never a verbatim quote or title', () => {
    const claim = {
      statement: { en: 'S', 'zh-TW': '說' },
      positions: [
        { quote: "Meta's plan", quoteLang: 'en', translation: 'Meta 的計畫', note: { en: 'N0', 'zh-TW': '註' } },
        { quote: '計畫', quoteLang: 'zh-TW', translation: 'the plan', note: { en: 'N1', 'zh-TW': '註' } },
      ],
    };
    expect(siteEnglish(claim)).toEqual([
      ['statement.en', 'S'],
      ['positions[0].note.en', 'N0'],
      ['positions[1].translation', 'the plan'],
      ['positions[1].note.en', 'N1'],
    ]);
    expect(siteEnglish({ title: { published: "It's", lang: 'en', translation: '是' } })).toEqual([]);
  });
});
