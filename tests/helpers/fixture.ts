// Copies the valid fixture corpus to a temp folder so a test can break it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');

export function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-content-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one fixture file; fails loudly if `from` is absent. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit(): ${String(from)} not found in ${file}`);
  fs.writeFileSync(full, next);
}
