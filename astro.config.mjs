// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { contentGuard } from './src/integrations/content-guard.ts';
import { csp } from './src/integrations/csp.ts';
import { MARKDOWN } from './src/lib/markdown.ts';
import sitemap from '@astrojs/sitemap';
import { keepInSitemap, sitemapEntry, sitemapI18n } from './src/lib/sitemap.ts';

export default defineConfig({
  // Canonical and hreflang URLs are absolute. Set SITE_URL when deploying.
  site: process.env.SITE_URL || 'http://localhost:4321',
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
    contentGuard(),
    // hreflang alternates for every page pair, from the locale registry.
    sitemap({ i18n: sitemapI18n(), filter: keepInSitemap, serialize: sitemapEntry }),
    // csp() rewrites every page after the build; keep it last so it sees the final HTML.
    csp(),
  ],
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
