/**
 * The translation skip list (content/i18n-skip.yaml): commits made without
 * the [i18n-skip] keyword whose change needs nothing in the other language,
 * each with the reason. Read beside the collections, like the verdict lock;
 * check:content validates it, and the build's translation status honours it
 * (src/lib/translation-status.ts).
 */
import { z } from 'zod';
import type { ContentError } from './errors.ts';
import { fieldPath } from './errors.ts';

export const skipListSchema = z.array(
  z
    .object({
      commit: z.string().regex(/^[0-9a-f]{7,40}$/, 'a commit hash: 7 to 40 lowercase hex digits'),
      why: z.string().trim().min(10, 'say why the other language needs nothing (10 characters or more)'),
    })
    .strict(),
);

/** The listed commits, or the errors that stop the list from being read. */
export function parseSkipList(data: unknown, file: string): { commits: string[]; errors: ContentError[] } {
  const r = skipListSchema.safeParse(data ?? []);
  if (!r.success) return { commits: [], errors: r.error.issues.map((i) => ({ file, field: fieldPath(i.path), message: i.message })) };
  return { commits: r.data.map((e) => e.commit), errors: [] };
}
