/**
 * Draws a card to PNG: satori lays it out as SVG with the shipped font
 * subset, resvg rasterises it. No system fonts are used, so a card looks the
 * same on every machine, and a character the subset lacks stops the build
 * instead of becoming an empty box.
 */
import fs from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '../resvg.ts';
import { encodePng } from './png.ts';
import { CARD_FONT, OG_HEIGHT, OG_WIDTH, cardElement, type CardInput } from './card.ts';

/** The font subset, relative to the project root (see src/assets/fonts/README.md). */
export const CARD_FONT_FILE = 'src/assets/fonts/NotoSansCJKtc-Bold.subset.otf';
export const ICON_FILE = 'src/assets/icon.svg';

export interface CardAssets {
  /** Satori caches a parsed font by this array's identity: one array for every card, or the 1.3 MB font is parsed per card. */
  fonts: SatoriFont[];
  iconDataUri: string;
}
type SatoriFont = { name: string; data: Buffer; weight: 700; style: 'normal' };

/** Reads the font and icon once; pass the result to every renderCard call. */
export function loadCardAssets(root = process.cwd()): CardAssets {
  const icon = fs.readFileSync(path.join(root, ICON_FILE));
  return { fonts: [{ name: CARD_FONT, data: fs.readFileSync(path.join(root, CARD_FONT_FILE)), weight: 700, style: 'normal' }], iconDataUri: `data:image/svg+xml;base64,${icon.toString('base64')}` };
}

/**
 * @example const png = await renderCard(card, loadCardAssets()); // 1200×630 PNG bytes
 */
export async function renderCard(card: CardInput, assets: CardAssets): Promise<Uint8Array> {
  const missing: string[] = [];
  const svg = await satori(cardElement(card, assets.iconDataUri) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: assets.fonts,
    // Satori asks for more fonts only when the given one lacks a glyph.
    loadAdditionalAsset: async (_lang, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length) {
    throw new Error(`Social card "${card.title}": the font subset lacks ${JSON.stringify([...new Set(missing)].join(''))}; run node scripts/subset-font.ts`);
  }
  // Satori has already turned text into paths: resvg need not scan the system's fonts.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
