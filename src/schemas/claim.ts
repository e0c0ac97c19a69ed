import { z } from 'zod';
import { idSchema, isoMonthSchema, localizedSchema, textLangSchema } from './common.ts';

export const CLAIM_KINDS = ['fact', 'forecast', 'estimate', 'opinion'] as const;
export const STANCES = ['supports', 'disputes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * The site's machine reading of a time-valued `value`, for the timeline.
 * `value` stays the words shown to readers; `plot` only places them.
 * A month window: `to` equal to `from` is one month, `to` left out is
 * open-ended ("May 2026 or later").
 */
export const monthPlotSchema = z.strictObject({ from: isoMonthSchema, to: isoMonthSchema.optional() });
/** A money range in billions of US dollars ("$125–145B"). */
export const moneyPlotSchema = z.strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative(), unit: z.literal('usd-billion') });
export const plotSchema = z.union([monthPlotSchema, moneyPlotSchema], {
  message: 'expected { from: YYYY-MM, to?: YYYY-MM } or { low, high, unit: usd-billion }',
});
export type PlotData = z.infer<typeof plotSchema>;
export type MonthPlot = z.infer<typeof monthPlotSchema>;
export type MoneyPlot = z.infer<typeof moneyPlotSchema>;

/**
 * The site's own judgement of a claim, in a small fixed vocabulary. The rules
 * that tie each label to the evidence live in src/lib/verdict.ts and on the
 * method page.
 */
export const VERDICTS = ['holds-up', 'likely', 'unresolved', 'doubtful', 'overtaken'] as const;
export type VerdictLabel = (typeof VERDICTS)[number];
export const verdictSchema = z.strictObject({
  label: z.enum(VERDICTS, { message: `expected one of ${VERDICTS.join(', ')}` }),
  /** One or two sentences: why this label, in both languages. */
  reason: localizedSchema,
});
export type VerdictData = z.infer<typeof verdictSchema>;

/** One source's position on a claim, with its evidence. */
export const positionSchema = z.strictObject({
  source: idSchema,
  stance: z.enum(STANCES, { message: 'expected supports, disputes or qualifies' }),
  /** What the source says the value is ("Q1 2026", "$125–145B"), per locale. */
  value: localizedSchema.optional(),
  /** Where the timeline draws `value`; needs `value` beside it. */
  plot: plotSchema.optional(),
  /** Verbatim, character for character, in the source's own language. */
  quote: z.string().trim().min(1, { message: 'expected a non-empty verbatim quote' }),
  quoteLang: textLangSchema,
  /** The site's own translation of the quote into the other locale. */
  translation: z.string().trim().min(1, { message: 'expected the site translation of the quote' }),
  /** Where in the document the quote stands. */
  location: localizedSchema,
  note: localizedSchema,
  /** A forecast that later sources overtook. */
  overtaken: z.boolean().default(false),
});
export type PositionData = z.infer<typeof positionSchema>;

/** content/claims/<id>.yaml */
export const claimSchema = z.strictObject({
  statement: localizedSchema,
  kind: z.enum(CLAIM_KINDS),
  tags: z.array(idSchema).default([]),
  positions: z.array(positionSchema).min(1, { message: 'expected at least one position' }),
  /** The site's verdict: a label the evidence allows (src/lib/verdict.ts) and why. */
  verdict: verdictSchema,
  /** The site's verdict on which position holds up, and why. Required once sources disagree (contested or disputed). */
  assessment: localizedSchema.optional(),
  /** What evidence would settle the question. Required with `assessment`. */
  settle: localizedSchema.optional(),
});
export type ClaimData = z.infer<typeof claimSchema>;
