import { z } from 'zod';
import { LOCALE_CODES, TEXT_LANGS } from '../i18n/locales.ts';

/** Stable, language-neutral ids: URLs and anchors are built from them. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(KEBAB_ID, { message: 'expected a kebab-case id (a-z, 0-9 and single hyphens)' });

/** A text written in every site locale; a missing side fails validation. */
export const localizedSchema = z.object(
  Object.fromEntries(LOCALE_CODES.map((c) => [c, z.string().trim().min(1, { message: `expected non-empty ${c} text` })])) as {
    en: z.ZodString;
    'zh-TW': z.ZodString;
  },
  { message: 'expected an object with en and zh-TW texts' },
);
export type Localized = z.infer<typeof localizedSchema>;

export const textLangSchema = z.enum(TEXT_LANGS);

/**
 * A calendar date as `YYYY-MM-DD`. YAML turns an unquoted date into a
 * midnight-UTC Date, so that is folded back to the same string: dates are
 * never shifted by a time zone.
 */
export const isoDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ message: 'expected a date as YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' })
    .refine(isRealDay, { message: 'expected a real calendar date' }),
);

export const isoMonthSchema = z
  .string({ message: 'expected a month as YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'expected a month as YYYY-MM' });

export const httpUrlSchema = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
