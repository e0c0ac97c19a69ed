/**
 * What one built page costs a reader: gzipped HTML plus the gzipped CSS files
 * it links, the JavaScript it runs, the fonts it loads and its images'
 * declared sizes. Used by tests/build/weight.test.ts on dist/ and by the
 * benchmark on its synthetic sites.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/**
 * Budgets in gzipped bytes (issue 7): 14 KB a reading page, 30 KB the
 * matrix. The evidence issues 12 and 15 put on reading pages fits because
 * each page links one stylesheet holding only the rules its kind draws, and
 * nothing on a page is printed twice (README, Decisions).
 */
export const BUDGET = { page: 14 * 1024, matrix: 30 * 1024 } as const;

/** The claims matrix: /<lang>/claims/ and its numbered pages. */
export const isMatrixUrl = (url: string) => /^\/[a-z-]+\/claims\/(page\/\d+\/)?$/.test(url);
/** Search pages may load a script (issue 5); nothing else may. */
export const isSearchUrl = (url: string) => /^\/[a-z-]+\/search\/$/.test(url);

/**
 * The one script reading pages may carry: the language switcher's inline
 * snippet (Base.astro), under 1 KB, that keeps the #anchor across a switch.
 * The code brief allows it; everything else counts as JavaScript.
 */
export const isSwitcherSnippet = (code: string) => code.includes('data-lang-switch') && Buffer.byteLength(code) < 1024;

/** Script types browsers execute; JSON-LD and other data blocks are not code. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

export interface PageWeight {
  htmlGz: number;
  cssGz: number;
  /** Bytes of executable script: inline text plus linked files (the switcher snippet excepted). */
  jsBytes: number;
  /** Web fonts: @font-face rules, font files linked or preloaded. */
  fonts: string[];
  /** <img> elements without width and height attributes. */
  unsizedImages: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Weighs one page. `readAsset` maps a site-absolute URL (/_astro/x.css) to
 * the file's contents, or null when it is not part of the site.
 * @example weighPage('<p>hi</p>', () => null).jsBytes === 0
 */
export function weighPage(html: string, readAsset: (url: string) => Buffer | null): PageWeight {
  const doc = parse(html);
  const fonts: string[] = [];
  let cssGz = 0;
  let jsBytes = 0;
  const cssTexts: string[] = doc.querySelectorAll('style').map((s) => s.text);
  for (const link of doc.querySelectorAll('link[href]')) {
    const href = link.getAttribute('href')!;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    if (/\.(woff2?|ttf|otf|eot)(\?|$)/i.test(href) || link.getAttribute('as') === 'font' || /fonts\.(googleapis|gstatic)\.com/.test(href)) fonts.push(href);
    if (rel === 'stylesheet') {
      const css = readAsset(href);
      if (css) { cssGz += gz(css); cssTexts.push(css.toString()); }
    }
    if (rel === 'modulepreload') jsBytes += readAsset(href)?.length ?? 0;
  }
  for (const css of cssTexts) if (/@font-face/i.test(css)) fonts.push('@font-face');
  for (const script of doc.querySelectorAll('script')) {
    if (!EXECUTABLE.test((script.getAttribute('type') ?? '').trim())) continue;
    const src = script.getAttribute('src');
    if (src) jsBytes += readAsset(src)?.length ?? 1; // an external script we cannot see still counts
    else if (!isSwitcherSnippet(script.text)) jsBytes += Buffer.byteLength(script.text);
  }
  // Inline event handlers are JavaScript too.
  for (const el of doc.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) if (/^on/i.test(name)) jsBytes += Buffer.byteLength(value);
  }
  const unsizedImages = doc
    .querySelectorAll('img')
    .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
    .map((img) => img.getAttribute('src') ?? '(no src)');
  return { htmlGz: gz(html), cssGz, jsBytes, fonts, unsizedImages };
}

/** Reads site-absolute asset URLs from a built folder. */
export function assetReader(root: string): (url: string) => Buffer | null {
  const cache = new Map<string, Buffer | null>();
  return (url) => {
    if (!url.startsWith('/') || url.startsWith('//')) return null;
    if (!cache.has(url)) {
      const file = path.join(root, decodeURIComponent(url.split(/[?#]/)[0]!));
      cache.set(url, file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null);
    }
    return cache.get(url)!;
  };
}

/** The budget for a page URL, in gzipped bytes of HTML + CSS. */
export const budgetFor = (url: string) => (isMatrixUrl(url) ? BUDGET.matrix : BUDGET.page);
