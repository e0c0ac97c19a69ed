/**
 * A strict Content-Security-Policy per built page, computed from the HTML
 * itself after the build: whatever inline script or style a page carries
 * (the language switcher, a search page's start-up code) is allowed by its
 * sha256 hash and nothing else inline runs. Pure string work, no Astro.
 */
import { createHash } from 'node:crypto';

export interface PageNeeds {
  /** Inline scripts the browser executes (classic or module), verbatim. */
  scripts: string[];
  /** Inline <style> blocks, verbatim. */
  styles: string[];
  /** Pagefind compiles WebAssembly: only the pages that load it get 'wasm-unsafe-eval'. */
  wasm: boolean;
}

// Script types the browser runs; anything else (application/ld+json) is data and needs no hash.
const EXECUTABLE = /^(|module|importmap|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// A page runs search when it loads Pagefind (/pagefind/pagefind.js, pagefind-ui.js), directly or from a bundle.
const SEARCH = /\bpagefind\//;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
const attrValue = (attrs: string, name: string) => {
  const m = attr(attrs, name);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/** @example sha256('x') // "'sha256-LVvIbsWK...='" */
export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * What a page needs from its policy. `readScript` returns the text of a
 * same-site script file (or '' when unknown), so a bundled script that
 * imports /pagefind/ marks the page as running search.
 * @example pageNeeds('<script>go()</script>').scripts // ['go()']
 */
export function pageNeeds(html: string, readScript: (src: string) => string = () => ''): PageNeeds {
  const needs: PageNeeds = { scripts: [], styles: [], wasm: false };
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    const src = attrValue(attrs, 'src');
    if (src !== undefined) {
      if (SEARCH.test(src) || (src.startsWith('/') && SEARCH.test(readScript(src)))) needs.wasm = true;
      continue;
    }
    if (!EXECUTABLE.test((attrValue(attrs, 'type') ?? '').trim())) continue;
    needs.scripts.push(body);
    if (SEARCH.test(body)) needs.wasm = true;
  }
  for (const [, body = ''] of html.matchAll(STYLE)) needs.styles.push(body);
  // The search page's script loads Pagefind from the bundle its form names
  // (data-bundle), so the import path is in the HTML, not in the script.
  if (/\sdata-bundle="[^"]*pagefind\//.test(html)) needs.wasm = true;
  return needs;
}

/**
 * Inline code a hash cannot allow (it would need 'unsafe-inline' or
 * 'unsafe-hashes'): event-handler and style attributes, javascript: URLs.
 * @example inlineViolations('<a onclick="x()">') // ['an onclick= attribute']
 */
export function inlineViolations(html: string): string[] {
  const found = new Set<string>();
  const withoutScripts = html.replace(SCRIPT, '').replace(STYLE, '');
  for (const [tag] of withoutScripts.matchAll(/<[a-z][^>]*>/gi)) {
    // Attribute names only: a quoted value may mention "style=" harmlessly.
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const [, name = ''] of names.matchAll(/\s(on[a-z]+|style)\s*=/gi)) found.add(`${/^s/i.test(name) ? 'a' : 'an'} ${name.toLowerCase()}= attribute`);
    if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) found.add('a javascript: URL');
  }
  return [...found];
}

const sortedHashes = (texts: readonly string[]) => [...new Set(texts.map(sha256))].sort();

/**
 * The policy for one page's <meta http-equiv>. frame-ancestors, report-uri
 * and sandbox are ignored in a meta tag, so they live in _headers only.
 * @example policyFor({ scripts: [], styles: [], wasm: false }).startsWith("default-src 'self'")
 */
export function policyFor(needs: PageNeeds): string {
  const script = ["'self'", ...sortedHashes(needs.scripts), ...(needs.wasm ? ["'wasm-unsafe-eval'"] : [])];
  const style = ["'self'", ...sortedHashes(needs.styles)];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Every page's needs at once: the policy a host sends as a header for all paths. */
export function unionNeeds(all: readonly PageNeeds[]): PageNeeds {
  return { scripts: all.flatMap((n) => n.scripts), styles: all.flatMap((n) => n.styles), wasm: all.some((n) => n.wasm) };
}

/** The header form: the union policy plus what only a header can say. */
export function headerPolicy(all: readonly PageNeeds[]): string {
  return `${policyFor(unionNeeds(all))}; frame-ancestors 'none'`;
}

const META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>\s*/i;

/**
 * Puts the policy first in <head>, right after <meta charset>, so it
 * governs every element that follows; an existing one is replaced.
 * @example withCsp('<head><meta charset="utf-8"><title>', "default-src 'self'")
 */
export function withCsp(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const clean = html.replace(META, '');
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(clean);
  if (charset) return clean.slice(0, charset.index + charset[0].length) + tag + clean.slice(charset.index + charset[0].length);
  const head = /<head(\s[^>]*)?>/i.exec(clean);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  return clean.slice(0, head.index + head[0].length) + tag + clean.slice(head.index + head[0].length);
}

/** The policy a page's meta tag carries, or null. */
export function metaPolicy(html: string): string | null {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  return m ? m[1]!.replace(/&quot;/g, '"') : null;
}
