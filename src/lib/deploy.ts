/**
 * Where the built site will live. `SITE_URL` names the public address; a
 * build without it is a preview: its absolute URLs say localhost, so it must
 * never be indexed (robots.txt disallows everything, every page carries
 * noindex). A preview can then not be published with localhost URLs by
 * mistake and found by a search engine.
 */

/** The address a preview build writes into its absolute URLs (`npm start` serves it there). */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

export interface Deployment {
  /** Absolute base of canonical, hreflang, og:url, feeds, sitemap and JSON-LD. */
  site: string;
  /** True when no public address was given. */
  preview: boolean;
}

/**
 * @example deployment({}) // { site: 'http://localhost:4321', preview: true }
 * @example deployment({ SITE_URL: 'https://ledger.example' }).preview === false
 */
export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
  const given = env.SITE_URL?.trim();
  if (!given) return { site: PREVIEW_ORIGIN, preview: true };
  const url = new URL(given); // throws on a malformed address: better than a site of broken links
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be an http(s) address, got ${given}`);
  return { site: url.href, preview: false };
}

/** The one line a build prints about where it may be published. */
export function deploymentNotice(d: Deployment): string {
  return d.preview
    ? `preview build: no SITE_URL, so every page is noindex and robots.txt disallows all; set SITE_URL=https://… to publish`
    : `public build for ${d.site}`;
}
