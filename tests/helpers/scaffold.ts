// Runs the scaffold script as an editor does, and snapshots a folder to prove what changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run new` as an editor does, against a temp content folder. */
export function runNew(contentDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new.ts'), ...args], { cwd: ROOT, env: { ...process.env, AVOCADO_CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under a folder with its text, to prove nothing else changed. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(root, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

