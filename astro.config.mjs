// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { contentGuard } from './src/integrations/content-guard.ts';
import { rehypeLetterFirstIds } from './src/lib/markdown/heading-ids.ts';
import { rehypeAccessibleTables } from './src/lib/markdown/tables.ts';

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
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, rehypeLetterFirstIds, rehypeAccessibleTables], smartypants: false }),
  },
  integrations: [contentGuard()],
  devToolbar: { enabled: false },
});
