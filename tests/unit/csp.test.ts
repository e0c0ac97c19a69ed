import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerPolicy, inlineViolations, metaPolicy, pageNeeds, policyFor, sha256, withCsp } from '../../src/lib/csp.ts';

const hashOf = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('pageNeeds()', () => {
  it('collects inline scripts the browser runs, verbatim, and skips data blocks and script files', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"@type":"Article"}</script><script src="/x.js"></script>`;
    expect(pageNeeds(html).scripts).toEqual(['a()', 'b()']);
  });

  it('collects inline <style> blocks', () => {
    expect(pageNeeds('<style>p{color:red}</style>').styles).toEqual(['p{color:red}']);
  });

  it('marks a page as running search when it loads Pagefind, directly or from a bundled script', () => {
    expect(pageNeeds('<script src="/pagefind/pagefind-ui.js"></script>').wasm).toBe(true);
    expect(pageNeeds('<script type="module">await import("/pagefind/pagefind.js")</script>').wasm).toBe(true);
    expect(pageNeeds('<script type="module" src="/_astro/Search.js"></script>', () => 'import("/pagefind/pagefind.js")').wasm).toBe(true);
    expect(pageNeeds('<script type="module" src="/_astro/Other.js"></script>', () => 'go()').wasm).toBe(false);
    expect(pageNeeds('<p>pagefind/ mentioned in prose</p>').wasm).toBe(false);
    expect(pageNeeds('<form data-bundle="/pagefind/" hidden></form><script type="module" src="/_astro/S.js"></script>').wasm).toBe(true);
  });
});

describe('policyFor()', () => {
  it('allows inline code only by the sha256 of exactly that code, never unsafe-inline or eval', () => {
    const p = policyFor({ scripts: ['a()'], styles: ['p{}'], wasm: false });
    expect(directive(p, 'script-src')).toBe(`script-src 'self' ${hashOf('a()')}`);
    expect(directive(p, 'style-src')).toBe(`style-src 'self' ${hashOf('p{}')}`);
    expect(p).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"]) expect(p).toContain(d);
  });

  it("adds 'wasm-unsafe-eval' only for pages that run search", () => {
    expect(policyFor({ scripts: [], styles: [], wasm: true })).toContain("'wasm-unsafe-eval'");
    expect(policyFor({ scripts: [], styles: [], wasm: false })).not.toContain('wasm');
  });

  it('is deterministic: sorted, without repeats', () => {
    const a = policyFor({ scripts: ['b()', 'a()', 'b()'], styles: [], wasm: false });
    expect(a).toBe(policyFor({ scripts: ['a()', 'b()'], styles: [], wasm: false }));
    expect(a.match(/sha256-/g)).toHaveLength(2);
  });

  it('header form: the union of all pages plus frame-ancestors, which a meta tag cannot carry', () => {
    const h = headerPolicy([{ scripts: ['a()'], styles: [], wasm: false }, { scripts: ['b()'], styles: [], wasm: true }]);
    expect(h).toContain(sha256('a()'));
    expect(h).toContain(sha256('b()'));
    expect(h).toContain("'wasm-unsafe-eval'");
    expect(h).toMatch(/frame-ancestors 'none'$/);
    expect(policyFor({ scripts: [], styles: [], wasm: false })).not.toContain('frame-ancestors');
  });
});

describe('withCsp()', () => {
  const page = '<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>a()</script></head></html>';

  it('puts the meta tag right after <meta charset>, before any script', () => {
    const out = withCsp(page, "default-src 'self'");
    expect(out).toContain('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>');
    expect(metaPolicy(out)).toBe("default-src 'self'");
  });

  it('replaces an existing policy instead of adding a second', () => {
    const twice = withCsp(withCsp(page, "default-src 'none'"), "default-src 'self'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(metaPolicy(twice)).toBe("default-src 'self'");
  });
});

describe('inlineViolations()', () => {
  it('names inline code no hash can allow', () => {
    expect(inlineViolations('<img src=x onerror="a()"><p style="color:red">x</p><a href="javascript:a()">y</a>')).toEqual([
      'an onerror= attribute',
      'a style= attribute',
      'a javascript: URL',
    ]);
  });

  it('ignores the words inside attribute values and scripts', () => {
    expect(inlineViolations('<meta name="description" content="a style=x and onload=y"><script>x.style="a"</script>')).toEqual([]);
  });
});
