// /data/claims.json and claims.csv: valid against the schema, and exactly the content.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { claimStatus } from '../../src/lib/derive.ts';
import { OPEN_DATA_COLUMNS } from '../../src/lib/opendata.ts';
import { DATA_FILES } from '../../src/lib/urls.ts';
import { openDataSchema, type OpenDataRow } from '../../src/schemas/opendata.ts';
import { parseCsv } from '../helpers/csv.ts';
import { DIST } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const read = (url: string) => fs.readFileSync(path.join(DIST, url), 'utf8');
const json = JSON.parse(read(DATA_FILES.json));
const [en, zh] = [useStrings('en'), useStrings('zh-TW')];

describe('claims.json', () => {
  it('validates against its zod schema', () => {
    const result = openDataSchema.safeParse(json);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  it('holds every position of every claim exactly once, with the content’s own values', () => {
    const rows = json.rows as OpenDataRow[];
    const positions = content.claims.flatMap((c) => c.data.positions.map((p) => ({ claim: c, p })));
    expect(rows).toHaveLength(positions.length);
    for (const { claim, p } of positions) {
      const matches = rows.filter((r) => r.claim_id === claim.id && r.source_id === p.source);
      expect(matches, `${claim.id} × ${p.source}`).toHaveLength(1);
      const status = claimStatus(claim.data.positions);
      expect(matches[0]).toEqual({
        claim_id: claim.id,
        statement_en: claim.data.statement.en,
        statement_zh_tw: claim.data.statement['zh-TW'],
        claim_kind: claim.data.kind,
        status,
        status_en: en.status[status],
        status_zh_tw: zh.status[status],
        verdict: claim.data.verdict.label,
        verdict_en: en.verdictLabel[claim.data.verdict.label],
        verdict_zh_tw: zh.verdictLabel[claim.data.verdict.label],
        verdict_reason_en: claim.data.verdict.reason.en,
        verdict_reason_zh_tw: claim.data.verdict.reason['zh-TW'],
        source_id: p.source,
        source_title: content.sources.find((s) => s.id === p.source)!.data.title.published,
        stance: p.stance,
        stance_en: en.stance[p.stance],
        stance_zh_tw: zh.stance[p.stance],
        value_en: p.value?.en ?? null,
        value_zh_tw: p.value?.['zh-TW'] ?? null,
        quote: p.quote,
        quote_lang: p.quoteLang,
        translation: p.translation,
        location_en: p.location.en,
        location_zh_tw: p.location['zh-TW'],
        note_en: p.note.en,
        note_zh_tw: p.note['zh-TW'],
        overtaken: p.overtaken,
      });
    }
  });

  it('names its licence and links to the data page in both languages', () => {
    expect(json.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.documentation).toEqual({ en: 'http://localhost:4321/en/data/', 'zh-TW': 'http://localhost:4321/zh-tw/data/' });
  });
});

describe('claims.csv', () => {
  const [header, ...rows] = parseCsv(read(DATA_FILES.csv).replace(/^\uFEFF/, ''));
  it('has the documented columns and the same rows as claims.json', () => {
    expect(header).toEqual(OPEN_DATA_COLUMNS);
    const asCells = (r: OpenDataRow) => OPEN_DATA_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])));
    expect(rows).toEqual((json.rows as OpenDataRow[]).map(asCells));
  });
});

describe('claims.schema.json', () => {
  it('is a JSON Schema for the same fields, published next to the data', () => {
    const schema = JSON.parse(read(DATA_FILES.schema));
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.properties.rows.items.properties)).toEqual(OPEN_DATA_COLUMNS);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(json));
  });
});
