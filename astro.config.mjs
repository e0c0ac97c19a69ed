// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { contentGuard } from './src/integrations/content-guard.ts';
import { csp } from './src/integrations/csp.ts';
import { MARKDOWN } from './src/lib/markdown.ts';
import sitemap from '@astrojs/sitemap';
import { contentDates, keepInSitemap, lastmodFor, sitemapEntry, sitemapI18n } from './src/lib/sitemap.ts';
import { deployment } from './src/lib/deploy.ts';
import { deploymentNote } from './src/integrations/deployment.ts';
import { checkContentDir, contentDir } from './src/lib/content/index.ts';
import { BASE_DIRECTIVES } from './src/lib/csp.ts';
import { SWITCHER_SCRIPT, cspHash } from './src/lib/switcher.ts';

// SITE_URL is the public address; without it the build is a noindex preview.
const deploy = deployment();
// Read and validated once per build: the sitemap's dates come from it, and
// the content guard judges the same result rather than checking again.
const checked = checkContentDir(contentDir());
const dates = contentDates(checked.content.articles, checked.content.corrections);
const lastmod = lastmodFor(dates.byPath, dates.edition);

export default defineConfig({
  // Canonical, hreflang, feed, sitemap and JSON-LD URLs are absolute.
  site: deploy.site,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets stay files, never inlined <style>: the CSP's style-src is 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins, so the
    // unified one is configured explicitly (src/lib/markdown.ts: GFM, slugs,
    // the sanitizer's allow-list, external-link markers). Smartypants is
    // off: the site must not rewrite an editor's punctuation. No syntax
    // highlighting: Shiki writes inline style attributes, which the CSP's
    // style-src forbids.
    syntaxHighlight: false,
    processor: unified(MARKDOWN),
  },
  integrations: [
    contentGuard(checked),
    // hreflang alternates for every page pair, from the locale registry.
    sitemap({ i18n: sitemapI18n(), filter: keepInSitemap, serialize: (item) => ({ ...sitemapEntry(item), lastmod: lastmod(item.url) }) }),
    deploymentNote(deploy),
    // csp() rewrites every page after the build; keep it last so it sees the final HTML.
    csp(),
  ],
  // Astro writes each page's CSP <meta>: bundled scripts and styles by
  // origin or hash, the language switcher's inline snippet by the hash of
  // its text, and 'wasm-unsafe-eval' added by the search pages alone
  // (Astro.csp.insertScriptResource). src/integrations/csp.ts does the rest.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...BASE_DIRECTIVES],
      scriptDirective: { resources: ["'self'"], hashes: [cspHash(SWITCHER_SCRIPT)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Bundled scripts (only the search page has one) always ship as files,
      // never inline: a strict CSP can then allow them by origin. Other
      // assets keep Vite's default (inline under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
