// npm run schemas: writes schemas/json/*.schema.json from the zod schemas
// (src/lib/json-schemas.ts) and points .vscode/settings.json's yaml.schemas
// at them, keeping any other setting. `-- --check` only reports stale files.
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaTexts, vscodeYamlSchemas } from '../src/lib/json-schemas.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SETTINGS = '.vscode/settings.json';
const check = process.argv.includes('--check');

const settingsPath = path.join(ROOT, SETTINGS);
const settings = fs.existsSync(settingsPath) ? (JSON.parse(fs.readFileSync(settingsPath, 'utf8')) as Record<string, unknown>) : {};
const wanted = new Map(jsonSchemaTexts());
wanted.set(SETTINGS, `${JSON.stringify({ ...settings, 'yaml.schemas': vscodeYamlSchemas() }, null, 2)}\n`);

const stale: string[] = [];
for (const [rel, text] of wanted) {
  const full = path.join(ROOT, rel);
  if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === text) continue;
  stale.push(rel);
  if (!check) {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}
if (check && stale.length) {
  console.error(`stale (run npm run schemas): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length ? `wrote ${stale.join(', ')}` : 'JSON Schemas and editor settings up to date');
