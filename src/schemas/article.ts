import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';

/** content/articles/<id>/<locale>.md front matter. */
export const articleSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  published: isoDateSchema,
  updated: isoDateSchema,
  tags: z.array(idSchema).default([]),
  /** Both language versions must cite the same sources and claims. */
  sources: z.array(idSchema).default([]),
  claims: z.array(idSchema).default([]),
  /** Optional: a claim id whose timeline panel the article shows under its title (e.g. release-window). */
  chart: idSchema.optional(),
});
export type ArticleData = z.infer<typeof articleSchema>;
