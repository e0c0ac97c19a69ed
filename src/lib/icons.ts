/**
 * Favicons and the web app manifest, all drawn from one SVG
 * (src/assets/icon.svg) at build: PNGs by resvg, the .ico as a PNG wrapped
 * in an ICO header (every browser since IE Vista reads PNG-in-ICO).
 */
import { Resvg } from './resvg.ts';
import { localeInfo, useStrings, type Locale } from '../i18n/index.ts';
import { localizedUrl } from './urls.ts';

/** PNG icons by file name; apple-touch-icon is the size iOS asks for. */
export const PNG_ICONS = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 } as const;
export const THEME_COLOR = '#2f5d3a';

/** @example renderIcon(svg, 32) // PNG bytes, 32×32 */
export function renderIcon(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * Wraps one PNG in an ICO container (6-byte header + one 16-byte entry).
 * @example pngToIco(png, 32).subarray(0, 4) // 00 00 01 00
 */
export function pngToIco(png: Uint8Array, size: number): Uint8Array {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  head.writeUInt8(size >= 256 ? 0 : size, 7); // height
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14); // image size
  head.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([head, png]);
}

/**
 * The manifest of one language: its name, description and start page.
 * @example webManifest('zh-TW').start_url === '/zh-tw/'
 */
export function webManifest(locale: Locale) {
  const t = useStrings(locale);
  return {
    name: t.site.name,
    short_name: t.site.name,
    description: t.manifest.description,
    lang: locale,
    dir: localeInfo(locale).dir,
    start_url: localizedUrl(locale, { kind: 'home' }),
    scope: '/',
    display: 'browser',
    background_color: '#fdfcf9',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
      ...Object.entries(PNG_ICONS)
        .filter(([name]) => name.startsWith('icon-'))
        .map(([name, size]) => ({ src: `/${name}`, type: 'image/png', sizes: `${size}x${size}` })),
    ],
  };
}
