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
});
export type ArticleData = z.infer<typeof articleSchema>;
