import { z } from 'zod';
import { idSchema, localizedSchema, textLangSchema } from './common.ts';

export const CLAIM_KINDS = ['fact', 'forecast', 'estimate', 'opinion'] as const;
export const STANCES = ['supports', 'disputes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

/** One source's position on a claim, with its evidence. */
export const positionSchema = z.strictObject({
  source: idSchema,
  stance: z.enum(STANCES, { message: 'expected supports, disputes or qualifies' }),
  /** What the source says the value is ("Q1 2026", "$125–145B"), per locale. */
  value: localizedSchema.optional(),
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
});
export type ClaimData = z.infer<typeof claimSchema>;
