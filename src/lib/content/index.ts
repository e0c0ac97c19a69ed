/** Read + validate in one call: what `check:content` and the build guard run. */
import { readContentDir } from './read.ts';
import { validateContent, type ValidationResult } from './validate.ts';
import { LAYOUT, type CollectionName } from './paths.ts';
import { localeFromPath } from '../../i18n/locales.ts';

/** The `collection:locale:id` key of a content file path, as validate.ts keys files. */
function pendingKey(file: string): string | undefined {
  for (const [collection, layout] of Object.entries(LAYOUT) as [CollectionName, (typeof LAYOUT)[CollectionName]][]) {
    const m = layout.re.exec(file);
    if (m) return `${collection}:${m[2] === undefined ? '' : (localeFromPath(m[2]) ?? m[2])}:${m[1]}`;
  }
  return undefined;
}

export { formatErrors, type ContentError } from './errors.ts';
export { contentDir } from './paths.ts';

/** Today's date in UTC as YYYY-MM-DD: the build date used for "not in the future". */
export const buildDate = (now = new Date()) => now.toISOString().slice(0, 10);

export function checkContentDir(dir: string, today = buildDate()): ValidationResult {
  const { files, errors, lock } = readContentDir(dir);
  // A file that exists but does not parse is reported where it is; references to it are not "unknown" too.
  const pending = new Set(errors.flatMap((e) => pendingKey(e.file) ?? []));
  const result = validateContent(files, { today, lock, pending });
  return { content: result.content, errors: [...errors, ...result.errors] };
}
