import { z } from 'zod';
import { idSchema, isoDateSchema, localizedSchema } from './common.ts';
import { CLAIM_STATUSES } from '../lib/model.ts';
import { VERDICTS } from './claim.ts';

/**
 * content/corrections/<id>.yaml: one change to what the site published, said
 * in the open. The id is the anchor on the corrections page
 * (#correction-<id>), so it is never renamed.
 */
export const correctionSchema = z
  .strictObject({
    date: isoDateSchema,
    /** One line, shown on every affected page. */
    summary: localizedSchema,
    /** What the site said before. */
    was: localizedSchema,
    /** What it says now. */
    now: localizedSchema,
    /** Why it changed. */
    why: localizedSchema,
    claims: z.array(idSchema).default([]),
    articles: z.array(idSchema).default([]),
    sources: z.array(idSchema).default([]),
  })
  .refine((c) => c.claims.length + c.articles.length + c.sources.length > 0, {
    message: 'expected at least one affected claim, article or source',
    path: ['claims'],
  });
export type CorrectionData = z.infer<typeof correctionSchema>;

/**
 * content/verdicts.lock.yaml: each claim's status and verdict as last
 * published, and the corrections already folded in. `npm run lock` writes it.
 */
export const lockEntrySchema = z.strictObject({
  status: z.enum(CLAIM_STATUSES),
  verdict: z.enum(VERDICTS).nullable(),
  corrections: z.array(idSchema).default([]),
});
export const lockSchema = z.record(idSchema, lockEntrySchema);
export type LockEntry = z.infer<typeof lockEntrySchema>;
export type VerdictLock = z.infer<typeof lockSchema>;
