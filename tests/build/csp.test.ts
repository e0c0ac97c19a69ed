// Every built page carries its own strict CSP, computed from what the page
// actually contains; _headers carries their union; every link leaving the
// site is marked. Assertions on dist/ as npm test builds it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { BASE_DIRECTIVES, inlineViolations, metaPolicy, parsePolicy, unionPolicy } from '../../src/lib/csp.ts';
import { cspHash } from '../../src/lib/switcher.ts';
import { headersFor } from '../../scripts/serve.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const pages = [...loadPages().values()];
const readScript = (src: string) => {
  const file = path.join(DIST, src);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};

describe('the Content-Security-Policy meta tag (written by Astro\'s security.csp)', () => {
  it('is on every page, once, before any script or stylesheet the browser runs', () => {
    const bad = pages.filter((p) => {
      const metas = p.html.match(/http-equiv="content-security-policy"/gi) ?? [];
      const at = p.html.search(/http-equiv="content-security-policy"/i);
      // JSON-LD is data, not code: the policy does not govern it.
      const first = p.html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, (m) => ' '.repeat(m.length)).search(/<script|<style|<link rel="stylesheet"/);
      return metas.length !== 1 || (first >= 0 && first < at);
    });
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('is strict: self by default, no unsafe-inline or eval for scripts, no plugins, no foreign base or form targets', () => {
    for (const p of pages) {
      const policy = parsePolicy(metaPolicy(p.html)!);
      expect(policy.get('default-src'), p.url).toEqual(["'self'"]);
      // Fonts and fetches fall back to default-src 'self'; a directive naming them must not widen it.
      for (const d of ['font-src', 'connect-src']) if (policy.has(d)) expect(policy.get(d), `${p.url} ${d}`).toEqual(["'self'"]);
      expect(policy.get('script-src')!.join(' '), p.url).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
      expect(policy.get('style-src')!.join(' '), p.url).not.toMatch(/unsafe-inline/);
      for (const d of BASE_DIRECTIVES) {
        const [name, ...sources] = d.split(' ');
        expect(policy.get(name!), `${p.url} ${name}`).toEqual(sources);
      }
    }
  });

  it('allows every inline script a page runs by the hash of exactly its text', () => {
    for (const p of pages) {
      const scriptSrc = parsePolicy(metaPolicy(p.html)!).get('script-src')!;
      for (const s of p.doc.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (type === '' || type === 'module') expect(scriptSrc, p.url).toContain(`'${cspHash(s.rawText)}'`);
      }
    }
  });

  it("grants 'wasm-unsafe-eval' only to pages that load Pagefind", () => {
    for (const p of pages) {
      const loadsSearch =
        p.doc.querySelector('[data-bundle*="pagefind/"]') !== null ||
        p.doc.querySelectorAll('script').some((s) => /pagefind\//.test((s.getAttribute('src') ?? '') + s.rawText + readScript(s.getAttribute('src') ?? '/-')));
      expect(metaPolicy(p.html)!.includes("'wasm-unsafe-eval'"), p.url).toBe(loadsSearch);
    }
  });

  it('finds no inline code a hash cannot allow (on*= handlers, style attributes, javascript: URLs)', () => {
    expect(pages.flatMap((p) => inlineViolations(p.html).map((v) => `${p.url}: ${v}`))).toEqual([]);
  });
});

describe('_headers', () => {
  const headers = headersFor(DIST);

  it('carries the union of every page’s policy, filled in by the build, plus frame-ancestors', () => {
    expect(headers['content-security-policy']).toBe(unionPolicy(pages.map((p) => metaPolicy(p.html)!)));
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(fs.readFileSync(path.join(DIST, '_headers'), 'utf8')).not.toContain('%');
  });

  it('sets nosniff, a referrer policy and a permissions policy', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\)/);
  });
});

describe('links that leave the site', () => {
  // Absolute links to the site itself (the "cite this" permalink) are not external.
  const origin = (p: (typeof pages)[number]) => new URL(p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'http://localhost:4321/').origin;
  const external = pages.flatMap((p) => p.doc.querySelectorAll('a[href^="http"]').filter((a) => new URL(a.getAttribute('href')!).origin !== origin(p)).map((a) => ({ page: p, a })));

  it('exist (source pages link their URLs and references)', () => {
    expect(external.length).toBeGreaterThan(0);
  });

  it('carry rel="noopener noreferrer", the external marker and hidden text in the page’s language', () => {
    for (const { page, a } of external) {
      const lang = page.doc.querySelector('html')!.getAttribute('lang');
      const locale = LOCALES.find((l) => l.code === lang)!.code;
      const where = `${page.url} → ${a.getAttribute('href')}`;
      expect(a.getAttribute('rel'), where).toMatch(/(^| )noopener noreferrer$/);
      expect(a.classList.contains('external'), where).toBe(true);
      expect(a.querySelector('.visually-hidden')?.text.trim(), where).toBe(useStrings(locale).site.externalLink);
    }
  });
});
