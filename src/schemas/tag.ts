import { z } from 'zod';
import { localizedSchema } from './common.ts';

/** content/tags/<id>.yaml: a label and a one-line description per locale. */
export const tagSchema = z.strictObject({
  label: localizedSchema,
  description: localizedSchema,
});
export type TagData = z.infer<typeof tagSchema>;
