// npm run lock: rewrites content/verdicts.lock.yaml from the content as it
// stands, folding in the corrections that name each claim. Run it once the
// correction for a changed status or verdict is written; it refuses while the
// content has any other fault, so a broken claim is never locked.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, formatErrors } from '../src/lib/content/index.ts';
import { readContentDir } from '../src/lib/content/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { lockYaml, nextLock, parseLock } from '../src/lib/content/lock.ts';
import { LOCK_FILE } from '../src/lib/content/paths.ts';

const dir = contentDir();
const { files, errors: readErrors, lock: raw } = readContentDir(dir);
// Validate without the lock: the lock's own complaints are what this fixes.
const { content, errors } = validateContent(files, { today: new Date().toISOString().slice(0, 10) });
const blocking = [...readErrors, ...errors];
const previous = parseLock(raw);
if (blocking.length || previous.errors.length) {
  console.error(formatErrors([...blocking, ...previous.errors]));
  process.exit(1);
}
const next = nextLock(content, previous.lock);
const changed = Object.entries(next).filter(([id, e]) => JSON.stringify(previous.lock[id]) !== JSON.stringify(e)).map(([id]) => id);
fs.writeFileSync(path.join(dir, LOCK_FILE), lockYaml(next));
console.log(`${LOCK_FILE}: ${Object.keys(next).length} claims, ${changed.length} updated${changed.length ? `: ${changed.join(', ')}` : ''}`);
