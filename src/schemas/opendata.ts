import { z } from 'zod';
import { CLAIM_STATUSES } from '../lib/model.ts';
import { CLAIM_KINDS, STANCES, VERDICTS } from './claim.ts';
import { idSchema, localizedSchema, textLangSchema } from './common.ts';

const text = z.string().min(1);

/**
 * One row of the open data: one claim × one source that speaks to it.
 * Flat on purpose, so claims.json rows and claims.csv columns are the same
 * thing. Localized columns end in the locale's path (`_en`, `_zh_tw`).
 */
export const openDataRowSchema = z.strictObject({
  claim_id: idSchema,
  statement_en: text,
  statement_zh_tw: text,
  claim_kind: z.enum(CLAIM_KINDS),
  status: z.enum(CLAIM_STATUSES),
  status_en: text,
  status_zh_tw: text,
  verdict: z.enum(VERDICTS),
  verdict_en: text,
  verdict_zh_tw: text,
  verdict_reason_en: text,
  verdict_reason_zh_tw: text,
  source_id: idSchema,
  source_title: text,
  stance: z.enum(STANCES),
  stance_en: text,
  stance_zh_tw: text,
  value_en: text.nullable(),
  value_zh_tw: text.nullable(),
  quote: text,
  quote_lang: textLangSchema,
  translation: text,
  location_en: text,
  location_zh_tw: text,
  note_en: text,
  note_zh_tw: text,
  overtaken: z.boolean(),
});
export type OpenDataRow = z.infer<typeof openDataRowSchema>;
export type OpenDataColumn = keyof OpenDataRow;

/** /data/claims.json: the rows plus what a reuser needs to credit them. */
export const openDataSchema = z.strictObject({
  name: localizedSchema,
  /** URL of the licence of the site's own data and prose. */
  license: z.url(),
  /** Why the quotes are not covered by that licence. */
  licenseNote: localizedSchema,
  /** The data page in each language. */
  documentation: localizedSchema,
  rows: z.array(openDataRowSchema).min(1),
});
export type OpenDataFile = z.infer<typeof openDataSchema>;
