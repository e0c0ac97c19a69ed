import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { copyFixture, edit, FIXTURE } from '../helpers/fixture.ts';

const TODAY = '2026-11-25';
let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

interface Fault {
  name: string;
  breakIt: (dir: string) => void;
  file: string;
  field: string;
  message: RegExp;
}

const CLAIM = 'claims/launch-q1.yaml';
const SOURCE = 'sources/beta-post/source.yaml';
const ARTICLE_EN = 'articles/sample-article/en.md';
const ARTICLE_ZH = 'articles/sample-article/zh-tw.md';

const FAULTS: Fault[] = [
  {
    name: 'a claim citing an unknown source',
    breakIt: (d) => edit(d, CLAIM, 'source: beta-post', 'source: gamma-post'),
    file: CLAIM,
    field: 'positions[1].source',
    message: /unknown source "gamma-post" \(expected one of: alpha-report, beta-post\)/,
  },
  {
    name: 'an unknown tag',
    breakIt: (d) => edit(d, CLAIM, 'tags: [timeline]', 'tags: [timelines]'),
    file: CLAIM,
    field: 'tags[0]',
    message: /unknown tag "timelines"/,
  },
  {
    name: 'a duplicate id (the same source defined twice)',
    breakIt: (d) => fs.copyFileSync(path.join(d, SOURCE), path.join(d, 'sources/beta-post/source.yml')),
    file: 'sources/beta-post/source.yml',
    field: '(id)',
    message: /duplicate id "beta-post": already defined by sources\/beta-post\/source\.yaml/,
  },
  {
    name: 'a duplicate position for one source on a claim',
    breakIt: (d) => edit(d, CLAIM, 'source: beta-post', 'source: alpha-report'),
    file: CLAIM,
    field: 'positions[1].source',
    message: /duplicate position: source "alpha-report"/,
  },
  {
    name: 'a source whose Chinese prose is missing',
    breakIt: (d) => fs.rmSync(path.join(d, 'sources/beta-post/zh-tw.md')),
    file: SOURCE,
    field: '(translation)',
    message: /missing zh-TW prose: expected sources\/beta-post\/zh-tw\.md/,
  },
  {
    name: 'an article whose English version is missing',
    breakIt: (d) => fs.rmSync(path.join(d, ARTICLE_EN)),
    file: ARTICLE_ZH,
    field: '(translation)',
    message: /missing en version: expected articles\/sample-article\/en\.md/,
  },
  {
    name: 'a statement missing its Chinese side',
    breakIt: (d) => edit(d, CLAIM, ', zh-TW: Avocado 於 2026 年第一季推出。', ''),
    file: CLAIM,
    field: 'statement.zh-TW',
    message: /expected string/,
  },
  {
    name: 'an article citing an unknown claim',
    breakIt: (d) => edit(d, ARTICLE_EN, 'claims: [launch-q1]', 'claims: [launch-q2]'),
    file: ARTICLE_EN,
    field: 'claims[0]',
    message: /unknown claim "launch-q2"/,
  },
  {
    name: 'an article citing an unknown source',
    breakIt: (d) => edit(d, ARTICLE_ZH, 'sources: [alpha-report, beta-post]', 'sources: [alpha-report, delta]'),
    file: ARTICLE_ZH,
    field: 'sources[1]',
    message: /unknown source "delta"/,
  },
  {
    name: 'an empty quote',
    breakIt: (d) => edit(d, CLAIM, 'quote: "Second delay: May 2026 or later"', 'quote: "  "'),
    file: CLAIM,
    field: 'positions[1].quote',
    message: /expected a non-empty verbatim quote/,
  },
  {
    name: 'a publication date after the build date',
    breakIt: (d) => edit(d, 'sources/alpha-report/source.yaml', 'date: 2025-12-11', 'date: 2026-12-24'),
    file: 'sources/alpha-report/source.yaml',
    field: 'published.date',
    message: /date 2026-12-24 is after the build date 2026-11-25/,
  },
  {
    name: 'a YAML syntax error',
    breakIt: (d) => edit(d, CLAIM, 'kind: forecast', 'kind: [forecast'),
    file: CLAIM,
    field: '(yaml)',
    message: /YAML syntax error at line \d+/,
  },
  {
    name: 'a missing required field',
    breakIt: (d) => edit(d, SOURCE, 'kind: analysis\n', ''),
    file: SOURCE,
    field: 'kind',
    message: /expected one of/,
  },
  {
    name: 'a field of the wrong type',
    breakIt: (d) => edit(d, SOURCE, 'languages: [en]', 'languages: en'),
    file: SOURCE,
    field: 'languages',
    message: /expected array/,
  },
  {
    name: 'a date that is not a real day',
    breakIt: (d) => edit(d, ARTICLE_EN, 'updated: 2026-11-21', 'updated: 2026-02-30'),
    file: ARTICLE_EN,
    field: 'updated',
    message: /expected a real calendar date/,
  },
  {
    name: 'an id that is not kebab-case',
    breakIt: (d) => fs.renameSync(path.join(d, 'tags/money.yaml'), path.join(d, 'tags/Big_Money.yaml')),
    file: 'tags/Big_Money.yaml',
    field: '(id)',
    message: /id "Big_Money" is not kebab-case/,
  },
  {
    name: 'an id that takes the segment of numbered list pages',
    breakIt: (d) => fs.copyFileSync(path.join(d, CLAIM), path.join(d, 'claims/page.yaml')),
    file: 'claims/page.yaml',
    field: '(id)',
    message: /id "page" is reserved for numbered list pages/,
  },
  {
    name: 'a stance outside the allowed set',
    breakIt: (d) => edit(d, CLAIM, 'stance: disputes', 'stance: denies'),
    file: CLAIM,
    field: 'positions[1].stance',
    message: /expected supports, disputes or qualifies/,
  },
  {
    name: 'a quote longer than 40 words',
    breakIt: (d) => edit(d, CLAIM, 'quote: "Second delay: May 2026 or later"', `quote: "${'word '.repeat(41).trim()}"`),
    file: CLAIM,
    field: 'positions[1].quote',
    message: /quote has 41 words; expected at most 40/,
  },
  {
    name: 'a Chinese quote longer than 80 characters',
    breakIt: (d) => edit(d, CLAIM, /quote: "Second delay: May 2026 or later"\n    quoteLang: en/, `quote: "${'長'.repeat(81)}"\n    quoteLang: zh-Hant`),
    file: CLAIM,
    field: 'positions[1].quote',
    message: /quote has 81 characters; expected at most 80/,
  },
  {
    name: 'a quote with no translation',
    breakIt: (d) => edit(d, CLAIM, /\n    translation: "第二次延後：2026 年 5 月或更晚"/, ''),
    file: CLAIM,
    field: 'positions[1].translation',
    message: /expected string/,
  },
  {
    name: 'a claim with no positions',
    breakIt: (d) => edit(d, 'claims/delayed-twice.yaml', /positions:[\s\S]*$/, 'positions: []\n'),
    file: 'claims/delayed-twice.yaml',
    field: 'positions',
    message: /expected at least one position/,
  },
  {
    name: 'a source with no summary',
    breakIt: (d) => edit(d, 'sources/alpha-report/en.md', /summary: \|\n.*\n\n.*\n/, 'summary: ""\n'),
    file: 'sources/alpha-report/en.md',
    field: 'summary',
    message: /expected a summary/,
  },
  {
    name: 'two language versions of an article citing different claims',
    breakIt: (d) => edit(d, ARTICLE_ZH, 'claims: [launch-q1]', 'claims: [launch-q1, delayed-twice]'),
    file: ARTICLE_ZH,
    field: 'claims',
    message: /differs from articles\/sample-article\/en\.md/,
  },
  {
    name: 'a URL that is not http(s)',
    breakIt: (d) => edit(d, SOURCE, 'url: https://example.org/beta', 'url: javascript:alert(1)'),
    file: SOURCE,
    field: 'url',
    message: /expected an http\(s\) URL/,
  },
  {
    name: 'a heading-id collision that breaks an anchor',
    breakIt: (d) => edit(d, ARTICLE_EN, '## The window', '## The window\n\nx\n\n## The window'),
    file: ARTICLE_EN,
    field: '(body)',
    message: /heading anchor "#the-window" collides/,
  },
  {
    name: 'Simplified Chinese characters in zh-TW text',
    breakIt: (d) => edit(d, 'claims/delayed-twice.yaml', 'zh-TW: 發布延後了兩次。', 'zh-TW: 发布延后了两次。'),
    file: 'claims/delayed-twice.yaml',
    field: 'statement.zh-TW',
    message: /Simplified Chinese characters in zh-TW text: 发 两/,
  },
  {
    name: 'raw <script> HTML in Markdown',
    breakIt: (d) => edit(d, ARTICLE_EN, '## The window', '## The window\n\n<script>alert(1)</script>'),
    file: ARTICLE_EN,
    field: '(body)',
    message: /raw HTML <script> is not allowed/,
  },
  {
    name: 'an on*= event handler in Markdown',
    breakIt: (d) => edit(d, 'sources/alpha-report/en.md', 'It adds', '<img src="x" onerror="alert(1)"> It adds'),
    file: 'sources/alpha-report/en.md',
    field: '(body)',
    message: /raw HTML an on\*= event handler is not allowed/,
  },
];

describe('checkContentDir()', () => {
  it('accepts the valid fixture corpus', () => {
    const { errors, content } = checkContentDir(FIXTURE, TODAY);
    expect(errors.map(formatError)).toEqual([]);
    expect(content.sources).toHaveLength(2);
  });

  it.each(FAULTS)('reports $name with its file, field and reason', (fault) => {
    dir = copyFixture();
    fault.breakIt(dir);
    const { errors } = checkContentDir(dir, TODAY);
    const hit = errors.find((e) => e.file === fault.file && e.field === fault.field);
    expect(hit, `errors were:\n${errors.map(formatError).join('\n')}`).toBeDefined();
    expect(hit!.message).toMatch(fault.message);
  });
});
