// Every built page carries its own strict CSP, computed from what the page
// actually contains; _headers carries their union; every link leaving the
// site is marked. Assertions on dist/ as npm test builds it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { headerPolicy, inlineViolations, metaPolicy, pageNeeds, policyFor, sha256 } from '../../src/lib/csp.ts';
import { headersFor } from '../../scripts/serve.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const pages = [...loadPages().values()];
const readScript = (src: string) => {
  const file = path.join(DIST, src);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};
const withoutMeta = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('the Content-Security-Policy meta tag', () => {
  it('is on every page, once, before any script, style or stylesheet', () => {
    const bad = pages.filter((p) => {
      const metas = p.html.match(/http-equiv="Content-Security-Policy"/g) ?? [];
      const at = p.html.indexOf('http-equiv="Content-Security-Policy"');
      const first = p.html.search(/<script|<style|<link/);
      return metas.length !== 1 || (first >= 0 && first < at);
    });
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('is strict: self by default, no unsafe-inline or eval for scripts, no plugins, no foreign base or form targets', () => {
    for (const p of pages) {
      const policy = metaPolicy(p.html)!;
      expect(policy, p.url).toMatch(/^default-src 'self'; /);
      expect(directive(policy, 'script-src'), p.url).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
      expect(directive(policy, 'style-src'), p.url).not.toMatch(/unsafe-inline/);
      for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"]) expect(policy, p.url).toContain(d);
    }
  });

  it('allows exactly the inline scripts and styles each page carries, by hash', () => {
    for (const p of pages) {
      const needs = pageNeeds(withoutMeta(p.html), readScript);
      const policy = metaPolicy(p.html)!;
      expect(policy, p.url).toBe(policyFor(needs));
      for (const s of p.doc.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (type === '' || type === 'module') expect(policy, p.url).toContain(sha256(s.rawText));
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
    expect(headers['content-security-policy']).toBe(headerPolicy(pages.map((p) => pageNeeds(withoutMeta(p.html), readScript))));
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
