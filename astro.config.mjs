// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { keepInSitemap, sitemapEntry, sitemapI18n } from './src/lib/sitemap.ts';

export default defineConfig({
  // Canonical and hreflang URLs are absolute. Set SITE_URL when deploying.
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins, so the
    // unified one is configured explicitly. Smartypants is off: the site
    // must not rewrite an editor's punctuation.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug], smartypants: false }),
  },
  integrations: [
    contentGuard(),
    // hreflang alternates for every page pair, from the locale registry.
    sitemap({ i18n: sitemapI18n(), filter: keepInSitemap, serialize: sitemapEntry }),
    pagefindIndex(),
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
