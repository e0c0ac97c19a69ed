/**
 * The open data: the claims table as rows (one claim × one source that
 * speaks to it), serialised as JSON and CSV from the same rows, and a JSON
 * Schema generated from the zod schema the tests validate against.
 */
import { z } from 'zod';
import { useStrings } from '../i18n/index.ts';
import { openDataRowSchema, openDataSchema, type OpenDataColumn, type OpenDataFile, type OpenDataRow } from '../schemas/opendata.ts';
import type { Site } from './derive.ts';
import { DATA_FILES, localizedUrl } from './urls.ts';

/** The licence of the site's own data and prose. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Column order of claims.csv (and field order of each JSON row). */
export const OPEN_DATA_COLUMNS = Object.keys(openDataRowSchema.shape) as OpenDataColumn[];

/**
 * Every position of every claim as a row, claims by id, sources in reading order.
 * @example openDataRows(site)[0].claim_id === site.claims[0].id
 */
export function openDataRows(site: Pick<Site, 'claims' | 'sources' | 'statusById'>): OpenDataRow[] {
  const [en, zh] = [useStrings('en'), useStrings('zh-TW')];
  const order = new Map(site.sources.map((s, i) => [s.id, i]));
  return site.claims.flatMap((claim) => {
    const status = site.statusById.get(claim.id)!;
    const positions = [...claim.positions].sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
    return positions.map((p) => ({
      claim_id: claim.id,
      statement_en: claim.statement.en,
      statement_zh_tw: claim.statement['zh-TW'],
      claim_kind: claim.kind,
      status,
      status_en: en.status[status],
      status_zh_tw: zh.status[status],
      verdict: claim.verdict.label,
      verdict_en: en.verdictLabel[claim.verdict.label],
      verdict_zh_tw: zh.verdictLabel[claim.verdict.label],
      verdict_reason_en: claim.verdict.reason.en,
      verdict_reason_zh_tw: claim.verdict.reason['zh-TW'],
      source_id: p.source,
      source_title: site.sources[order.get(p.source)!]!.title.published,
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
    }));
  });
}

/** claims.json: the rows with the licence and the documentation pages. */
export function openDataFile(site: Parameters<typeof openDataRows>[0], siteUrl: URL | string): OpenDataFile {
  const [en, zh] = [useStrings('en'), useStrings('zh-TW')];
  const abs = (path: string) => new URL(path, siteUrl).href;
  return {
    name: { en: en.data.datasetName, 'zh-TW': zh.data.datasetName },
    license: LICENSE_URL,
    licenseNote: { en: en.data.quotesText, 'zh-TW': zh.data.quotesText },
    documentation: { en: abs(localizedUrl('en', { kind: 'data' })), 'zh-TW': abs(localizedUrl('zh-TW', { kind: 'data' })) },
    rows: openDataRows(site),
  };
}

const csvCell = (v: string | boolean | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * RFC 4180 CSV with a header row and CRLF line ends. It starts with a UTF-8
 * byte-order mark: without it, spreadsheet apps misread the Chinese columns.
 * @example toCsv([{ a: 'x, y' }], ['a']) === '\uFEFFa\r\n"x, y"\r\n'
 */
export function toCsv<T extends Record<string, string | boolean | null>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c]!)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON Schema of claims.json, with each column described in English. */
export function openDataJsonSchema(siteUrl: URL | string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }) as Record<string, any>;
  const fields = useStrings('en').field;
  const props = schema.properties?.rows?.items?.properties ?? {};
  for (const column of OPEN_DATA_COLUMNS) if (props[column]) props[column].description = fields[column];
  return { $id: new URL(DATA_FILES.schema, siteUrl).href, title: useStrings('en').data.datasetName, ...schema };
}
