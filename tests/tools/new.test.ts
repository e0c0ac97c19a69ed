// npm run new, run as an editor runs it: each kind writes every file it
// needs, both languages, each required field a TODO that check:content
// names; a bad or taken id writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { runNew, snapshot } from '../helpers/scaffold.ts';

const TODAY = '2026-11-25';
let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('npm run new', () => {
  it('writes a source, a claim and an article whose every required field check:content names as a TODO', () => {
    dir = copyFixture();
    expect(runNew(dir, 'source', 'gamma-filing').code).toBe(0);
    expect(runNew(dir, 'claim', 'gamma-claim', '--source', 'gamma-filing').code).toBe(0);
    expect(runNew(dir, 'article', 'gamma-article').code).toBe(0);
    const { errors } = checkContentDir(dir, TODAY);
    const todo = (file: string) => errors.filter((e) => e.file === file && /^TODO left from the scaffold/.test(e.message)).map((e) => e.field);
    expect(todo('sources/gamma-filing/source.yaml')).toEqual(expect.arrayContaining(['shortName.en', 'shortName.zh-TW', 'mark.glyph', 'mark.color', 'title.published', 'title.lang', 'title.translation', 'title.translatedBy', 'outlet', 'author', 'published.precision', 'languages[0]', 'url', 'archiveId', 'kind']));
    expect(todo('sources/gamma-filing/en.md')).toContain('summary');
    expect(todo('sources/gamma-filing/zh-tw.md')).toContain('summary');
    expect(todo('claims/gamma-claim.yaml')).toEqual(expect.arrayContaining(['statement.en', 'statement.zh-TW', 'kind', 'positions[0].stance', 'positions[0].quote', 'positions[0].quoteLang', 'positions[0].translation', 'positions[0].location.en', 'positions[0].note.zh-TW', 'verdict.label', 'verdict.reason.en', 'verdict.reason.zh-TW']));
    for (const l of ['en', 'zh-tw']) expect(todo(`articles/gamma-article/${l}.md`)).toEqual(expect.arrayContaining(['title', 'description', 'published', 'updated', 'sources[0]', 'claims[0]', '(body)']));
    // Only TODOs: the scaffolds reference each other without "unknown source" noise.
    expect(errors.filter((e) => !/^TODO left/.test(e.message))).toEqual([]);
  });

  it('--source fills the position’s source', () => {
    dir = copyFixture();
    runNew(dir, 'claim', 'gamma-claim', '--source', 'alpha-report');
    expect(fs.readFileSync(path.join(dir, 'claims/gamma-claim.yaml'), 'utf8')).toMatch(/- source: alpha-report\n/);
  });

  it.each([
    [['claim', 'Big_Money'], /id "Big_Money" is not kebab-case/],
    [['source', 'page'], /id "page" is reserved for numbered list pages/],
    [['source', 'alpha-report'], /id "alpha-report" is taken: source "alpha-report" already exists/],
    [['tag', 'x'], /unknown kind "tag"/],
    [['claim', 'fresh-claim', '--source', 'nowhere'], /unknown source "nowhere" for --source/],
  ])('refuses %j with the reason and writes nothing', (args, reason) => {
    dir = copyFixture();
    const before = snapshot(dir);
    const r = runNew(dir, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(reason);
    expect(snapshot(dir)).toEqual(before);
  });
});
