/** Read + validate in one call: what `check:content` and the build guard run. */
import { readContentDir } from './read.ts';
import { validateContent, type ValidationResult } from './validate.ts';

export { formatErrors, type ContentError } from './errors.ts';
export { contentDir } from './paths.ts';

/** Today's date in UTC as YYYY-MM-DD: the build date used for "not in the future". */
export const buildDate = (now = new Date()) => now.toISOString().slice(0, 10);

export function checkContentDir(dir: string, today = buildDate()): ValidationResult {
  const { files, errors, lock } = readContentDir(dir);
  const result = validateContent(files, { today, lock });
  return { content: result.content, errors: [...errors, ...result.errors] };
}
