/**
 * Astro writes each page's Content-Security-Policy meta tag (`security.csp`
 * in astro.config.mjs). This does the two things it cannot, after the build:
 * it fails the build on inline code no hash can allow (on*=, style=,
 * javascript:), rather than ship a page whose code the browser would block,
 * drops the hashes of inline code the page does not carry (pruneHashes),
 * and it fills `_headers` with the union of every page's policy.
 *
 * The same pass moves each page's stylesheet links to the top of the body
 * (src/lib/stylesheets.ts says why), so every page is read and written once
 * after the build, not twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineViolations, metaPolicy, pruneHashes, unionPolicy } from '../lib/csp.ts';
import { cspHash } from '../lib/switcher.ts';
import { stylesheetsToBody } from '../lib/stylesheets.ts';

/** Where public/_headers asks for the computed policy. */
export const CSP_PLACEHOLDER = '%CONTENT_SECURITY_POLICY%';

const htmlFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(dir, f));

export function csp(): AstroIntegration {
  return {
    name: 'avocado-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        const problems: string[] = [];
        for (const file of htmlFiles(root)) {
          const built = fs.readFileSync(file, 'utf8');
          const html = stylesheetsToBody(pruneHashes(built, cspHash));
          if (html !== built) fs.writeFileSync(file, html);
          const rel = path.relative(root, file);
          for (const v of inlineViolations(html)) problems.push(`${rel}: ${v} (the CSP blocks inline code that has no hash)`);
          const policy = metaPolicy(html);
          if (policy) policies.push(policy);
          else problems.push(`${rel}: no Content-Security-Policy meta tag (is security.csp on, and does the page render a <head>?)`);
        }
        if (problems.length) {
          fs.rmSync(root, { recursive: true, force: true }); // no half-secured site left behind
          throw new Error(`Content-Security-Policy:\n  ${problems.join('\n  ')}`);
        }
        const headers = path.join(root, '_headers');
        if (fs.existsSync(headers)) fs.writeFileSync(headers, fs.readFileSync(headers, 'utf8').replaceAll(CSP_PLACEHOLDER, unionPolicy(policies)));
        logger.info(`CSP checked on ${policies.length} pages (${policies.filter((p) => p.includes("'wasm-unsafe-eval'")).length} with search)`);
      },
    },
  };
}
