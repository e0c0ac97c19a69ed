import { describe, expect, it } from 'vitest';
import { deriveSite } from '../../src/lib/derive.ts';
import { OPEN_DATA_COLUMNS, openDataFile, openDataJsonSchema, openDataRows, toCsv } from '../../src/lib/opendata.ts';
import { openDataSchema } from '../../src/schemas/opendata.ts';
import { makeClaim, makeSource } from '../helpers/factories.ts';

const a = makeSource('a', { published: { precision: 'day', date: '2026-01-01', statedIn: { en: 'x', 'zh-TW': 'x' } } });
const b = makeSource('b', { published: { precision: 'day', date: '2026-02-01', statedIn: { en: 'x', 'zh-TW': 'x' } }, title: { published: 'Title, "quoted"', lang: 'en', translation: '標題', translatedBy: 'site' } });
const claims = [
  makeClaim('one', [{ source: 'b', stance: 'disputes', value: { en: '$10B', 'zh-TW': '100 億美元' } }, { source: 'a', stance: 'supports' }]),
  makeClaim('two', [{ source: 'a', stance: 'qualifies', overtaken: true }]),
];
const site = { claims, sources: [a, b], statusById: new Map([['one', 'contested' as const], ['two', 'qualified' as const]]) };

describe('openDataRows()', () => {
  it('has one row per claim × source that speaks to it, sources in reading order', () => {
    expect(openDataRows(site).map((r) => `${r.claim_id}/${r.source_id}`)).toEqual(['one/a', 'one/b', 'two/a']);
  });
  it('labels status and stance in both languages and keeps a missing value as null', () => {
    const [first, second] = openDataRows(site);
    expect(first).toMatchObject({ status: 'contested', status_en: 'Contested', status_zh_tw: '有爭議', stance_en: 'Supports', stance_zh_tw: '支持', value_en: null });
    expect(second).toMatchObject({ stance: 'disputes', value_en: '$10B', value_zh_tw: '100 億美元', source_title: 'Title, "quoted"' });
    expect(openDataRows(site)[2]!.overtaken).toBe(true);
  });
});

describe('openDataFile()', () => {
  it('validates against its schema and points at both data pages', () => {
    const file = openDataFile(site, 'https://ledger.example');
    expect(openDataSchema.parse(file)).toEqual(file);
    expect(file.documentation).toEqual({ en: 'https://ledger.example/en/data/', 'zh-TW': 'https://ledger.example/zh-tw/data/' });
  });
  it('is rejected by the schema when a row loses a field', () => {
    const file = openDataFile(site, 'https://ledger.example');
    const { quote: _quote, ...broken } = file.rows[0]!;
    expect(openDataSchema.safeParse({ ...file, rows: [broken] }).success).toBe(false);
  });
});

describe('toCsv()', () => {
  it('writes a header and quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([{ a: 'x, y', b: 'say "hi"', c: 'line\nbreak', d: null, e: true }], ['a', 'b', 'c', 'd', 'e']);
    expect(csv).toBe('\uFEFFa,b,c,d,e\r\n"x, y","say ""hi""","line\nbreak",,true\r\n');
  });
  it('puts the columns in the schema’s order', () => {
    expect(toCsv(openDataRows(site), OPEN_DATA_COLUMNS).split('\r\n')[0]).toBe(`\uFEFF${OPEN_DATA_COLUMNS.join(',')}`);
  });
});

describe('openDataJsonSchema()', () => {
  it('describes every column in English and requires it', () => {
    const schema = openDataJsonSchema('https://ledger.example') as { $id: string; properties: { rows: { items: { properties: Record<string, { description?: string }>; required: string[] } } } };
    const row = schema.properties.rows.items;
    expect(schema.$id).toBe('https://ledger.example/data/claims.schema.json');
    expect(Object.keys(row.properties)).toEqual(OPEN_DATA_COLUMNS);
    for (const c of OPEN_DATA_COLUMNS) expect(row.properties[c]!.description, c).toBeTruthy();
    expect(row.required).toEqual(expect.arrayContaining(OPEN_DATA_COLUMNS));
  });
});

describe('deriveSite() feeds the open data', () => {
  it('works on a derived site', () => {
    const derived = deriveSite({ tags: [], sources: [a, b].map(({ id, ...data }) => ({ id, file: id, data })), claims: claims.map(({ id, ...data }) => ({ id, file: id, data })), sourceProse: [], articles: [] }, ['en', 'zh-TW']);
    expect(openDataRows(derived)).toHaveLength(3);
  });
});
