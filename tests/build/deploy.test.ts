// A build that knows its public address: the fixture corpus built with
// SITE_URL carries that address in every absolute URL and localhost nowhere;
// the suite's own build (no SITE_URL) is a preview nobody may index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../helpers/fixture.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const PUBLIC = 'https://ledger.example';
const content = copyFixture();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-public-'));
afterAll(() => [content, outDir].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const files = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
// Everything a crawler or a reader's browser reads as text.
const TEXT = /\.(html|xml|json|txt|csv|webmanifest|js|css)$|_headers$/;
let log = '';

beforeAll(() => {
  const r = astroBuild(outDir, { AVOCADO_CONTENT_DIR: content, SITE_URL: PUBLIC });
  log = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`fixture build failed:\n${log}`);
}, 600_000);

describe('a build with SITE_URL', () => {
  it('says in one line that it is a public build for that address', () => {
    expect(log.match(/public build for https:\/\/ledger\.example\//g)).toHaveLength(1);
    expect(log).not.toMatch(/preview build/);
  });

  it('writes that address into every absolute URL and localhost nowhere', () => {
    const text = files(outDir).filter((f) => TEXT.test(f));
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

describe('the suite\'s own build, without SITE_URL (a preview)', () => {
  it('disallows every crawler in robots.txt', () => {
    expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('marks every page noindex, so a preview published by mistake is never indexed', () => {
    const pages = [...loadPages().values()];
    expect(pages.length).toBeGreaterThan(100);
    const indexable = pages.filter((p) => p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex').map((p) => p.url);
    expect(indexable).toEqual([]);
  });
});
