/**
 * In `astro dev`, Astro's content layer validates each entry with its zod
 * schema and, at startup, stops the dev server on the first invalid one:
 * the editor sees a stack trace in the terminal and no page at all. There the
 * collections take each schema leniently: valid data is parsed exactly as in
 * a build, invalid data passes through unparsed, and the content guard
 * (src/integrations/content-guard.ts) turns the fault into Astro's error
 * overlay on every page, with check:content's file, field and reason. A
 * build keeps the strict schemas.
 */
import { z } from 'zod';

export function lenientInDev<T extends z.ZodType>(schema: T, dev: boolean): T {
  if (!dev) return schema;
  const lenient = z.unknown().transform((v) => {
    const parsed = schema.safeParse(v);
    return parsed.success ? parsed.data : v;
  });
  // Typed as the strict schema: pages never render lenient data, the overlay stops them first.
  return lenient as unknown as T;
}
