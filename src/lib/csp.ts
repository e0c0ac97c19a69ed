/**
 * What Astro's own CSP support (`security.csp` in astro.config.mjs) cannot
 * do, as pure string work: find inline code a hash cannot allow, read the
 * policy a built page carries, and merge every page's policy into the one a
 * host sends for all paths (`_headers`).
 */

/**
 * The site-wide directives besides script-src and style-src, which Astro
 * writes itself. Fonts and fetches (Pagefind's index) come from the site
 * only: font-src and connect-src fall back to default-src, so the policy
 * does not list them (10 bytes gzipped a page, the same policy).
 */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/** Everything inlineViolations looks for, anywhere in the text. */
const MAYBE_INLINE = /\s(?:on[a-z]+|style)\s*=|javascript:/i;

/**
 * Inline code a hash cannot allow (it would need 'unsafe-inline' or
 * 'unsafe-hashes'): event-handler and style attributes, javascript: URLs.
 * @example inlineViolations('<a onclick="x()">') // ['an onclick= attribute']
 */
export function inlineViolations(html: string): string[] {
  const found = new Set<string>();
  const withoutScripts = html.replace(SCRIPT, '').replace(STYLE, '');
  // A page with none of these anywhere has none in a tag: skip the scan of
  // every tag (a fifth of a millisecond a page, run on every page built).
  // Blanking quoted values below never creates a match, so this finds a
  // superset of what the scan finds.
  if (!MAYBE_INLINE.test(withoutScripts)) return [];
  for (const [tag] of withoutScripts.matchAll(/<[a-z][^>]*>/gi)) {
    // Attribute names only: a quoted value may mention "style=" harmlessly.
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const [, name = ''] of names.matchAll(/\s(on[a-z]+|style)\s*=/gi)) found.add(`${/^s/i.test(name) ? 'a' : 'an'} ${name.toLowerCase()}= attribute`);
    if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) found.add('a javascript: URL');
  }
  return [...found];
}

/**
 * Drops the script and style hashes a page has no inline code for. Astro
 * lists the hashes of its own runtime scripts (islands) on every page, and of
 * an empty style; this site ships none of them, so on a reading page they
 * were a quarter of a kilobyte of base64 that allowed nothing (issue 7's
 * weight budget). A hash whose inline text is on the page stays.
 * @example pruneHashes(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'">`) // the same tag without 'sha256-x'
 */
export function pruneHashes(html: string, hash: (text: string) => string): string {
  const used = new Set<string>();
  for (const [, attrs = '', text = ''] of html.matchAll(SCRIPT)) if (!/\ssrc\s*=/i.test(attrs)) used.add(`'${hash(text)}'`);
  for (const [, text = ''] of html.matchAll(STYLE)) used.add(`'${hash(text)}'`);
  return html.replace(/(<meta\s+http-equiv=["']?content-security-policy["']?\s+content=")([^"]*)"/i, (_, open: string, policy: string) =>
    `${open}${policy.replace(/\s*'sha(256|384|512)-[^']*'/g, (m) => (used.has(m.trim()) ? m : ''))}"`,
  );
}

/** The policy a page's meta tag carries, or null. */
export function metaPolicy(html: string): string | null {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'") : null;
}

/**
 * A policy as directive name → its sources, in order, without duplicates.
 * @example parsePolicy("script-src 'self' 'self';img-src data:").get('script-src') // ["'self'"]
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    out.set(name, [...new Set([...(out.get(name) ?? []), ...sources])]);
  }
  return out;
}

/**
 * The header form for every path: the union of the pages' policies, so the
 * header never blocks what a page's own, stricter meta policy allows, plus
 * what only a header can say (frame-ancestors is ignored in a meta tag).
 * @example unionPolicy(["script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"]) // "script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'"
 */
export function unionPolicy(policies: readonly string[]): string {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  union.set('frame-ancestors', ["'none'"]);
  return [...union].map(([name, sources]) => [name, ...sources.sort(bySelfFirst)].join(' ')).join('; ');
}

// 'self' first, then the rest sorted: a stable header from run to run.
function bySelfFirst(a: string, b: string): number {
  return a === "'self'" ? -1 : b === "'self'" ? 1 : a.localeCompare(b);
}
