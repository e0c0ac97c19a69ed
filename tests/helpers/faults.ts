// The fault catalogue: one way at a time to break the valid fixture corpus,
// and the file, field and reason an editor must then be shown. Shared by the
// unit test (checkContentDir) and the guard test (check:content and the build).
import fs from 'node:fs';
import path from 'node:path';
import { edit } from './fixture.ts';

export interface Fault {
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

export const FAULTS: Fault[] = [
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
    message: /^missing required field: expected string$/,
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
    breakIt: (d) => edit(d, 'sources/alpha-report/source.yaml', 'date: 2025-12-11', 'date: 2999-12-24'),
    file: 'sources/alpha-report/source.yaml',
    field: 'published.date',
    message: /date 2999-12-24 is after the build date \d{4}-\d{2}-\d{2}/,
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
    message: /^missing required field: expected one of news-report, analysis, blog-post, digest$/,
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
    message: /^missing required field: expected string$/,
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
    message: /raw <script> HTML is not allowed in Markdown/,
  },
  {
    name: 'an on*= event handler in Markdown',
    breakIt: (d) => edit(d, 'sources/alpha-report/en.md', 'It adds', '<img src="x" onerror="alert(1)"> It adds'),
    file: 'sources/alpha-report/en.md',
    field: '(body)',
    message: /an on\*= event-handler attribute is not allowed in Markdown/,
  },
  {
    name: 'raw <iframe> HTML in Markdown',
    breakIt: (d) => edit(d, ARTICLE_ZH, '## 發布時間', '## 發布時間\n\n<iframe src="https://example.org/"></iframe>'),
    file: ARTICLE_ZH,
    field: '(body)',
    message: /raw <iframe> HTML is not allowed in Markdown/,
  },
  {
    name: 'a javascript: link in Markdown',
    breakIt: (d) => edit(d, ARTICLE_EN, '[the report](../../sources/alpha-report/)', '[the report](javascript:alert(1))'),
    file: ARTICLE_EN,
    field: '(body)',
    message: /a javascript: URL is not allowed/,
  },
  {
    name: 'a :claim directive naming an unknown claim',
    breakIt: (d) => edit(d, ARTICLE_EN, ':claim[launch-q1]', ':claim[launch-q3]'),
    file: ARTICLE_EN,
    field: '(body) line 15',
    message: /unknown claim "launch-q3" in :claim\[launch-q3\]/,
  },
  {
    name: 'a :source directive naming an unknown source',
    breakIt: (d) => edit(d, ARTICLE_ZH, ':source[alpha-report]', ':source[alfa-report]'),
    file: ARTICLE_ZH,
    field: '(body) line 15',
    message: /unknown source "alfa-report" in :source\[alfa-report\]/,
  },
  {
    name: 'a status label written by hand in prose',
    breakIt: (d) => edit(d, 'sources/alpha-report/zh-tw.md', '它提出一項', '這個說法有爭議。\n它提出一項'),
    file: 'sources/alpha-report/zh-tw.md',
    field: '(body) line 8',
    message: /status label “有爭議” written by hand; refer to the claim with :claim\[id\]/,
  },
  {
    name: 'a verdict label written by hand in prose',
    breakIt: (d) => edit(d, ARTICLE_EN, 'See [the window]', 'We rate it **Likely**. See [the window]'),
    file: ARTICLE_EN,
    field: '(body) line 13',
    message: /verdict label “Likely” written by hand/,
  },
  {
    name: 'a straight double quote in English prose',
    breakIt: (d) => edit(d, ARTICLE_EN, 'The :source[alpha-report] says', 'The "alpha" :source[alpha-report] says'),
    file: ARTICLE_EN,
    field: '(body) line 15',
    message: /quotation mark " in en prose: quote with “ ”/,
  },
  {
    name: 'a straight apostrophe in English prose',
    breakIt: (d) => edit(d, ARTICLE_EN, 'The :source[alpha-report] says', 'The :source[alpha-report] writer\'s note says'),
    file: ARTICLE_EN,
    field: '(body) line 15',
    message: /straight apostrophe in “writer's”: the site writes ’/,
  },
  {
    name: 'a straight apostrophe in the site’s English in a claim',
    breakIt: (d) => edit(d, 'claims/delayed-twice.yaml', 'note: { en: "Counts two."', 'note: { en: "Counts the report\'s two."'),
    file: 'claims/delayed-twice.yaml',
    field: 'positions[0].note.en',
    message: /straight apostrophe in “report's”/,
  },
  {
    name: 'curly double quotes in Chinese prose',
    breakIt: (d) => edit(d, 'sources/alpha-report/zh-tw.md', '它提出一項', '它提出“一項”'),
    file: 'sources/alpha-report/zh-tw.md',
    field: '(body) line 8',
    message: /quotation mark “ in zh-TW prose: quote with 「」/,
  },
  {
    name: 'two language versions of an article citing different sources',
    breakIt: (d) => edit(d, ARTICLE_EN, 'sources: [alpha-report, beta-post]', 'sources: [alpha-report]'),
    file: ARTICLE_ZH,
    field: 'sources',
    message: /differs from articles\/sample-article\/en\.md: both language versions must give the same sources/,
  },
  {
    name: 'an article dated in the future',
    breakIt: (d) => {
      edit(d, ARTICLE_EN, 'updated: 2026-11-21', 'updated: 2999-01-02');
      edit(d, ARTICLE_ZH, 'updated: 2026-11-21', 'updated: 2999-01-02');
    },
    file: ARTICLE_ZH,
    field: 'updated',
    message: /date 2999-01-02 is after the build date/,
  },
  {
    name: 'a date that is not a date at all',
    breakIt: (d) => edit(d, ARTICLE_EN, 'published: 2026-11-20', 'published: last week'),
    file: ARTICLE_EN,
    field: 'published',
    message: /expected a date as YYYY-MM-DD/,
  },
  {
    // Ids are folder names shared by both language versions, so the same id
    // in en and zh-TW is the design. The cross-language duplicate this model
    // allows is one item split over two folders whose names differ only in
    // case: one URL, and one folder on macOS or Windows.
    name: 'a duplicate id across languages (one article’s versions in folders that differ only by case)',
    breakIt: (d) => {
      fs.mkdirSync(path.join(d, 'articles/Sample-Article'));
      fs.renameSync(path.join(d, ARTICLE_ZH), path.join(d, 'articles/Sample-Article/zh-tw.md'));
    },
    file: 'articles/Sample-Article/zh-tw.md',
    field: '(id)',
    message: /duplicate id across languages: "Sample-Article" \(zh-TW\) and "sample-article" \(en, articles\/sample-article\/en\.md\) differ only in letter case/,
  },
  {
    name: 'a language file named with an unknown locale',
    breakIt: (d) => fs.renameSync(path.join(d, ARTICLE_ZH), path.join(d, 'articles/sample-article/zh-TW.md')),
    file: 'articles/sample-article/zh-TW.md',
    field: '(path)',
    message: /unknown locale "zh-TW" \(expected en\.md or zh-tw\.md\)/,
  },
  {
    name: 'a file outside the content layout',
    breakIt: (d) => fs.writeFileSync(path.join(d, 'claims/notes.txt'), 'todo'),
    file: 'claims/notes.txt',
    field: '(path)',
    message: /file is outside the content layout/,
  },
  {
    name: 'a disputed claim without the site’s assessment',
    breakIt: (d) => edit(d, CLAIM, /\nassessment: .*/, ''),
    file: CLAIM,
    field: 'assessment',
    message: /expected the site’s assessment .*the sources disagree on this claim \(disputed\)/,
  },
  {
    name: 'a disputed claim without a “what would settle this” line',
    breakIt: (d) => edit(d, CLAIM, /\nsettle: .*/, ''),
    file: CLAIM,
    field: 'settle',
    message: /expected what would settle it/,
  },
  {
    name: 'Simplified Chinese in an assessment',
    breakIt: (d) => edit(d, CLAIM, 'zh-TW: "較晚的預測取代了較早的。"', 'zh-TW: "较晚的预测取代了较早的，这样。"'),
    file: CLAIM,
    field: 'assessment.zh-TW',
    message: /Simplified Chinese characters/,
  },
  {
    name: 'a plot with no value text beside it',
    breakIt: (d) => edit(d, CLAIM, '    value: { en: Q1 2026, zh-TW: 2026 年第一季 }\n', ''),
    file: CLAIM,
    field: 'positions[0].plot',
    message: /expected a value next to plot/,
  },
  {
    name: 'a plotted month window that ends before it starts',
    breakIt: (d) => edit(d, CLAIM, 'plot: { from: "2026-01", to: "2026-03" }', 'plot: { from: "2026-03", to: "2026-01" }'),
    file: CLAIM,
    field: 'positions[0].plot.to',
    message: /expected to \(2026-01\) on or after from \(2026-03\)/,
  },
  {
    name: 'a plotted month written as words',
    breakIt: (d) => edit(d, CLAIM, 'plot: { from: "2026-05" }', 'plot: { from: "May 2026" }'),
    file: CLAIM,
    field: 'positions[1].plot.from',
    message: /expected a month as YYYY-MM/,
  },
  {
    name: 'a plot that is neither a month window nor a money range',
    breakIt: (d) => edit(d, CLAIM, 'plot: { from: "2026-05" }', 'plot: "May 2026"'),
    file: CLAIM,
    field: 'positions[1].plot',
    message: /expected \{ from: YYYY-MM, to\?: YYYY-MM \} or \{ low, high, unit: usd-billion \}/,
  },
  {
    name: 'months and money plotted on one claim',
    breakIt: (d) => edit(d, CLAIM, 'plot: { from: "2026-05" }', 'plot: { low: 1, high: 2, unit: usd-billion }'),
    file: CLAIM,
    field: 'positions',
    message: /expected every plot on one claim in one unit, found month and usd-billion/,
  },
  {
    name: 'a plotted position whose source has neither a date nor an estimate',
    breakIt: (d) => edit(d, SOURCE, /\n  estimate: .*/, ''),
    file: CLAIM,
    field: 'positions[1].plot',
    message: /source "beta-post" has no date and no estimate, so the timeline cannot place it/,
  },
  {
    name: 'an id that takes the segment of numbered list pages',
    breakIt: (d) => fs.copyFileSync(path.join(d, CLAIM), path.join(d, 'claims/page.yaml')),
    file: 'claims/page.yaml',
    field: '(id)',
    message: /id "page" is reserved for numbered list pages/,
  },
  {
    name: 'a verdict that contradicts the evidence',
    // One current source supports delayed-twice: "holds up" needs two.
    breakIt: (d) => edit(d, 'claims/delayed-twice.yaml', 'label: likely', 'label: holds-up'),
    file: 'claims/delayed-twice.yaml',
    field: 'verdict.label',
    message: /verdict "holds-up" needs: at least two current sources support it and none disputes it; the current evidence is 1 support, 0 disputes/,
  },
  {
    name: 'a claim with no verdict',
    breakIt: (d) => edit(d, 'claims/capex-range.yaml', /\nverdict:[\s\S]*$/, '\n'),
    file: 'claims/capex-range.yaml',
    field: 'verdict',
    message: /^missing required field: expected object$/,
  },
  {
    name: 'a published status changed with no correction',
    // The lock says delayed-twice was published as disputed; it derives single-source.
    breakIt: (d) => edit(d, 'verdicts.lock.yaml', 'delayed-twice: {status: single-source', 'delayed-twice: {status: disputed'),
    file: 'claims/delayed-twice.yaml',
    field: '(status)',
    message: /status changed from disputed \(as published, verdicts\.lock\.yaml\) to single-source, and no correction covers it: add a correction naming claim "delayed-twice"/,
  },
  {
    name: 'a published verdict changed with no correction',
    breakIt: (d) => edit(d, 'claims/capex-range.yaml', 'label: holds-up', 'label: likely'),
    file: 'claims/capex-range.yaml',
    field: 'verdict.label',
    message: /verdict changed from holds-up \(as published, verdicts\.lock\.yaml\) to likely, and no correction covers it/,
  },
  {
    name: 'a correction naming an unknown claim',
    breakIt: (d) => edit(d, 'corrections/2026-11-22-launch-q1-status.yaml', 'claims: [launch-q1]', 'claims: [launch-q9]'),
    file: 'corrections/2026-11-22-launch-q1-status.yaml',
    field: 'claims[0]',
    message: /unknown claim "launch-q9": a correction must name what it corrects/,
  },
  {
    name: 'a correction naming nothing',
    breakIt: (d) => edit(d, 'corrections/2026-11-22-launch-q1-status.yaml', /claims: \[launch-q1\]\narticles: \[sample-article\]/, 'claims: []\narticles: []'),
    file: 'corrections/2026-11-22-launch-q1-status.yaml',
    field: 'claims',
    message: /expected at least one affected claim, article or source/,
  },
  {
    name: 'a correction dated after the build',
    breakIt: (d) => edit(d, 'corrections/2026-11-22-launch-q1-status.yaml', 'date: 2026-11-22', 'date: 2999-01-01'),
    file: 'corrections/2026-11-22-launch-q1-status.yaml',
    field: 'date',
    message: /date 2999-01-01 is after the build date/,
  },
  {
    name: 'a folded-in correction that was deleted',
    breakIt: (d) => edit(d, 'verdicts.lock.yaml', 'capex-range: {status: corroborated, verdict: holds-up, corrections: []}', 'capex-range: {status: corroborated, verdict: holds-up, corrections: [2026-01-01-gone]}'),
    file: 'verdicts.lock.yaml',
    field: 'capex-range.corrections[0]',
    message: /correction "2026-01-01-gone" was published and folded in, but content\/corrections\/2026-01-01-gone\.yaml is gone/,
  },
  {
    name: 'a TODO left from a scaffold (npm run new)',
    breakIt: (d) => edit(d, CLAIM, 'note: { en: "Later and less hopeful."', 'note: { en: "TODO: how to read this position"'),
    file: CLAIM,
    field: 'positions[1].note.en',
    message: /^TODO left from the scaffold: write the real value/,
  },
  {
    name: 'a TODO left in the body of an article',
    breakIt: (d) => fs.appendFileSync(path.join(d, ARTICLE_ZH), '\nTODO: 結論\n'),
    file: ARTICLE_ZH,
    field: '(body)',
    message: /^TODO left from the scaffold: write the real value .*\(line \d+ of the body\)/,
  },
  {
    name: 'a translation skip list entry without its reason',
    breakIt: (d) => fs.writeFileSync(path.join(d, 'i18n-skip.yaml'), '- commit: 2f67ce5e\n  why: ok\n'),
    file: 'i18n-skip.yaml',
    field: '[0].why',
    message: /say why the other language needs nothing/,
  },
];
