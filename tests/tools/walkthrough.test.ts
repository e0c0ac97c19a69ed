// content/README.md, "Adding a sixth source, end to end", done on a copy of
// the real content: scaffold a source and a claim, see check:content refuse
// the TODOs, fill every one in, code a position on an existing claim, and see
// it pass only once nothing is left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/index.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { runNew } from '../helpers/scaffold.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

type Values = Record<string, unknown>;
const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** Replaces each TODO value by the value for its field path; a TODO without one stays (and must be caught). */
function fillData(data: unknown, values: Values, at = ''): unknown {
  if (typeof data === 'string' && /\bTODO\b/.test(data)) return at in values ? values[at] : data;
  if (Array.isArray(data)) return data.map((x, i) => fillData(x, values, `${at}[${i}]`));
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fillData(v, values, at ? `${at}.${k}` : k)]));
  return data;
}

function fillYaml(file: string, values: Values) {
  const full = path.join(dir, file);
  fs.writeFileSync(full, dump(fillData(load(fs.readFileSync(full, 'utf8')), values)));
}

function fillMarkdown(file: string, values: Values, body: string) {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const [, front = ''] = FRONT.exec(text) ?? [];
  const rest = text.slice(text.indexOf('\n---\n') + 5).replace(/^TODO$/gm, body);
  fs.writeFileSync(full, `---\n${dump(fillData(load(front), values))}---\n${rest}`);
}

const todoErrors = () => checkContentDir(dir).errors.filter((e) => /^TODO left/.test(e.message));

describe('adding a sixth source, as content/README.md walks through it', () => {
  it('passes check:content only once every TODO is filled in', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-sixth-'));
    fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    expect(checkContentDir(dir).errors.map(formatError)).toEqual([]);

    // 2. Scaffold.
    expect(runNew(dir, 'source', 'launch-filing').code).toBe(0);
    expect(runNew(dir, 'claim', 'avocado-paid-service', '--source', 'launch-filing').code).toBe(0);
    const scaffolded = checkContentDir(dir).errors;
    expect(scaffolded.length).toBeGreaterThan(20);
    expect(scaffolded.filter((e) => !/^TODO left/.test(e.message)).map(formatError)).toEqual([]);

    // 3. The facts; the glyph is left for last.
    fillYaml('sources/launch-filing/source.yaml', {
      'shortName.en': 'launch filing',
      'shortName.zh-TW': '上市申報',
      'mark.color': 'blue',
      'title.published': 'Avocado service terms',
      'title.lang': 'en',
      'title.translation': 'Avocado 服務條款',
      'title.translatedBy': 'site',
      outlet: null,
      author: null,
      'published.precision': 'day',
      'published.date': '2026-11-20',
      'published.statedIn.en': 'the document header',
      'published.statedIn.zh-TW': '文件開頭',
      'languages[0]': 'en',
      url: null,
      archiveId: '005_0123456789abcdef',
      kind: 'news-report',
      'tags[0]': 'closed-weights',
    });
    // 4. Code positions: the new claim, backed by the new source and an existing one…
    fillYaml('claims/avocado-paid-service.yaml', {
      'statement.en': 'Avocado is sold as a paid, proprietary service.',
      'statement.zh-TW': 'Avocado 以付費的專有服務形式銷售。',
      kind: 'fact',
      'tags[0]': 'closed-weights',
      'positions[0].stance': 'supports',
      'positions[0].quote': 'offered only as a paid service',
      'positions[0].quoteLang': 'en',
      'positions[0].translation': '僅以付費服務形式提供',
      'positions[0].location.en': 'section “Terms”',
      'positions[0].location.zh-TW': '「Terms」一節',
      'positions[0].note.en': 'States the terms directly.',
      'positions[0].note.zh-TW': '直接說明條款。',
      'verdict.label': 'holds-up',
      'verdict.reason.en': 'Two sources state it and none disputes it.',
      'verdict.reason.zh-TW': '兩個來源都這麼說，沒有來源反駁。',
    });
    const claimFile = path.join(dir, 'claims/avocado-paid-service.yaml');
    const claim = load(fs.readFileSync(claimFile, 'utf8')) as { positions: unknown[] };
    const existing = load(fs.readFileSync(path.join(dir, 'claims/closed-weights-decision.yaml'), 'utf8')) as { positions: { source: string }[] };
    claim.positions.push(existing.positions.find((p) => p.source === 'qwen-foundation-report'));
    fs.writeFileSync(claimFile, dump(claim));
    // …and a position on an existing claim the document speaks to.
    const decision = path.join(dir, 'claims/closed-weights-decision.yaml');
    const decided = load(fs.readFileSync(decision, 'utf8')) as { positions: unknown[] };
    decided.positions.push({
      source: 'launch-filing',
      stance: 'supports',
      quote: 'no downloadable weights',
      quoteLang: 'en',
      translation: '不提供可下載的權重',
      location: { en: 'section “Terms”', 'zh-TW': '「Terms」一節' },
      note: { en: 'Confirms the closed release.', 'zh-TW': '證實封閉釋出。' },
    });
    fs.writeFileSync(decision, dump(decided));

    // 5. Both language versions.
    fillMarkdown('sources/launch-filing/en.md', { summary: 'The service terms of Avocado, as published.\n' }, 'Our own reading of the terms.');
    fillMarkdown('sources/launch-filing/zh-tw.md', { summary: 'Avocado 公開的服務條款。\n' }, '本站對條款的解讀。');

    // 6. One TODO left: refused, naming the file and the field.
    expect(todoErrors().map(formatError)).toEqual(['sources/launch-filing/source.yaml › mark.glyph: TODO left from the scaffold: write the real value (content/README.md says what goes here)']);
    fillYaml('sources/launch-filing/source.yaml', { 'mark.glyph': 'F' });
    expect(checkContentDir(dir).errors.map(formatError)).toEqual([]);
    expect(checkContentDir(dir).content.sources).toHaveLength(6);
  }, 60_000);
});
