/**
 * The language switcher's progressive enhancement, the only script on a
 * reading page: the switcher link works without it; with it, the #anchor
 * the reader is on survives the switch (anchors are built from ids, so they
 * are the same in both languages); on the search page (the link carries
 * data-lang-switch="q") the ?q= query does too. Kept here, not in the template, so the
 * CSP hash in astro.config.mjs is computed from the very text the page ships.
 */
import { createHash } from 'node:crypto';

/**
 * Written short, as every page carries it (28 bytes gzipped lighter than the
 * long form): the listener is the window's (the click reaches it before the
 * browser follows the link), and `closest?.` skips a target that is not an
 * element, as `instanceof Element` did.
 */
export const SWITCHER_SCRIPT =
  "addEventListener('click',e=>{var a=e.target.closest?.('a[data-lang-switch]');if(a){if(location.hash)a.hash=location.hash;if(a.dataset.langSwitch)a.search=location.search}})";

/**
 * A script's CSP hash source, in the form Astro's `security.csp` takes.
 * @example cspHash('x') // 'sha256-LVvIbsWK…'
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
