import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngToIco, renderIcon, webManifest } from '../../src/lib/icons.ts';

const svg = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/assets/icon.svg'), 'utf8');
const pngSize = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];

describe('renderIcon()', () => {
  it('draws the SVG icon as a square PNG of the asked size', () => {
    expect(pngSize(renderIcon(svg, 180))).toEqual([180, 180]);
  });
});

describe('pngToIco()', () => {
  it('wraps the PNG in a one-image ICO header that points at it', () => {
    const png = renderIcon(svg, 32);
    const ico = Buffer.from(pngToIco(png, 32));
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(Buffer.from(png))).toBe(true);
  });
});

describe('webManifest()', () => {
  it('names the site and starts in the manifest’s language', () => {
    const m = webManifest('zh-TW');
    expect(m).toMatchObject({ name: 'Avocado Ledger', lang: 'zh-TW', start_url: '/zh-tw/' });
    expect(m.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
  });
});
