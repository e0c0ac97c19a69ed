// Regenerates the font the social cards are drawn with: Noto Sans CJK TC
// Bold, cut down to the characters the site can put on a card: the 5,401
// common characters of Big5 level 1 (so that ordinary new content and test
// fixtures never need a new font), everything in content/, the fixtures and
// the UI dictionaries, plus ASCII, Latin-1 and CJK punctuation.
// A developer tool, not part of the build: it needs fonttools and the system
// Noto CJK fonts (apt-get install -y fonttools fonts-noto-cjk).
// Run it after adding content with new Chinese characters: the card renderer
// fails the build on a character the subset lacks.
// Usage: node scripts/subset-font.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = process.env.NOTO_CJK_BOLD ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const TC_INDEX = '3'; // the collection's order: JP, KR, SC, TC, HK
export const FONT_FILE = path.join(ROOT, 'src/assets/fonts/NotoSansCJKtc-Bold.subset.otf');
const RANGES = 'U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+3000-303F,U+FF01-FF5E';

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));

const files = [...walk(path.join(ROOT, 'content')), ...walk(path.join(ROOT, 'tests/fixtures')), ...walk(path.join(ROOT, 'src/i18n/ui'))];
const chars = new Set([...files.flatMap((f) => Array.from(fs.readFileSync(f, 'utf8'))), ...big5Level1()]);

/** Big5 level 1: lead bytes A4–C6, trail bytes 40–7E and A1–FE, up to C67E. */
function big5Level1(): string[] {
  const decoder = new TextDecoder('big5');
  const out: string[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const trail of [...Array(0x3f).keys()].map((i) => 0x40 + i).concat([...Array(0x5e).keys()].map((i) => 0xa1 + i))) {
      if (lead === 0xc6 && trail > 0x7e) break;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd') out.push(ch);
    }
  }
  return out;
}
const text = [...chars].filter((c) => c.codePointAt(0)! > 0x7e).sort().join('');
const textFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'subset-')), 'chars.txt');
fs.writeFileSync(textFile, text);

execFileSync('pyftsubset', [
  SOURCE,
  `--font-number=${TC_INDEX}`,
  `--text-file=${textFile}`,
  `--unicodes=${RANGES}`,
  '--layout-features=kern',
  '--no-hinting',
  `--output-file=${FONT_FILE}`,
]);
console.log(`${path.relative(ROOT, FONT_FILE)}: ${chars.size} characters, ${fs.statSync(FONT_FILE).size} bytes`);
