import { describe, expect, it } from 'vitest';
import { inlineViolations, metaPolicy, parsePolicy, pruneHashes, unionPolicy } from '../../src/lib/csp.ts';
import { SWITCHER_SCRIPT, cspHash } from '../../src/lib/switcher.ts';
import { createHash } from 'node:crypto';

describe('metaPolicy()', () => {
  it('reads the policy Astro writes, in either case of http-equiv, with entities decoded', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`)).toBe("script-src 'self';");
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeNull();
  });
});

describe('parsePolicy()', () => {
  it('splits directives on semicolons with or without spaces, dropping repeats', () => {
    const p = parsePolicy("default-src 'self';script-src 'self' 'self' 'sha256-a'; style-src 'self' ;");
    expect([...p.keys()]).toEqual(['default-src', 'script-src', 'style-src']);
    expect(p.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
});

describe('unionPolicy()', () => {
  it('allows in the header whatever any page allows, sorted, plus frame-ancestors, which a meta tag cannot carry', () => {
    const header = unionPolicy(["default-src 'self';script-src 'self' 'sha256-b';", "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-a';"]);
    expect(header).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'; frame-ancestors 'none'");
  });
});

describe('cspHash()', () => {
  it('is the base64 sha256 of exactly the switcher text the page ships', () => {
    expect(cspHash(SWITCHER_SCRIPT)).toBe(`sha256-${createHash('sha256').update(SWITCHER_SCRIPT).digest('base64')}`);
  });
});

describe('pruneHashes()', () => {
  it('keeps the hash of each inline script and style on the page and drops the rest', () => {
    const kept = cspHash('run()');
    const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-astro1=' '${kept}' 'sha256-astro2='; style-src 'self' '${cspHash('')}';"></head><script>run()</script><script src="/x.js"></script>`;
    expect(metaPolicy(pruneHashes(html, cspHash))).toBe(`script-src 'self' '${kept}'; style-src 'self';`);
    // A script loaded from a file is allowed by 'self', not by the hash of its empty text.
    expect(metaPolicy(pruneHashes(html.replace('<script>run()</script>', ''), cspHash))).toBe(`script-src 'self'; style-src 'self';`);
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
