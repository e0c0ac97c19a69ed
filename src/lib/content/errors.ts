/** A content fault, located so an editor can fix it: file, field, and what was expected. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** @example formatError({ file: 'claims/x.yaml', field: 'kind', message: 'expected ...' }) */
export function formatError(e: ContentError): string {
  return `${e.file} › ${e.field}: ${e.message}`;
}

export function formatErrors(errors: readonly ContentError[]): string {
  return `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ✗ ${formatError(e)}`).join('\n')}`;
}

/** Joins a zod issue path the way an editor reads it: positions[0].quote */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(root)';
}
