/**
 * After the build, gives every HTML page its own strict CSP meta tag (the
 * hashes of exactly the inline code it carries) and writes _headers with
 * the union policy plus the other security headers. Per page and after the
 * build, so pages added later (search, JSON-LD) need no change here.
 * Inline code a hash cannot allow (on*=, style=) fails the build instead of
 * shipping a page whose code the browser would block.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, inlineViolations, pageNeeds, policyFor, withCsp, type PageNeeds } from '../lib/csp.ts';

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
        const readScript = (src: string) => {
          const file = path.join(root, src.split(/[?#]/)[0]!);
          return file.startsWith(root) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        };
        const all: PageNeeds[] = [];
        const problems: string[] = [];
        for (const file of htmlFiles(root)) {
          const html = fs.readFileSync(file, 'utf8');
          const rel = path.relative(root, file);
          for (const v of inlineViolations(html)) problems.push(`${rel}: ${v} (the CSP blocks inline code that has no hash)`);
          const needs = pageNeeds(html, readScript);
          all.push(needs);
          fs.writeFileSync(file, withCsp(html, policyFor(needs)));
        }
        if (problems.length) {
          fs.rmSync(root, { recursive: true, force: true }); // no half-secured site left behind
          throw new Error(`Content-Security-Policy:\n  ${problems.join('\n  ')}`);
        }
        const headers = path.join(root, '_headers');
        if (fs.existsSync(headers)) fs.writeFileSync(headers, fs.readFileSync(headers, 'utf8').replaceAll(CSP_PLACEHOLDER, headerPolicy(all)));
        logger.info(`CSP added to ${all.length} pages (${all.filter((n) => n.wasm).length} with search)`);
      },
    },
  };
}
