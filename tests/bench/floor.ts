/**
 * The floor: a minimal Astro project, generated into the temp folder, that
 * renders the same Markdown (every article and source reading, both
 * languages) with a trivial layout: one glob collection, one route, no
 * components, no derived data. It uses the repo's node_modules and the same
 * Markdown processor as the site (GFM + heading slugs), so the comparison
 * measures what the site adds, not a different Markdown engine.
 */
import fs from 'node:fs';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
export default defineConfig({
  output: 'static',
  // Its own cache, in the temp folder, like the site's: the default,
  // node_modules/.astro, is the repo's through the symlinked node_modules, so
  // every floor build began by loading the data store the last one left.
  cacheDir: './.astro-cache',
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug], smartypants: false }) },
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = (content: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '{articles,sources}/*/*.md', base: ${JSON.stringify(content)} }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.id}</title></head>
<body><main><h1>{entry.data.title ?? entry.id}</h1><Content /></main></body></html>
`;

/** Writes the floor project into `dir`, reading Markdown from `contentDir`. */
export function writeFloorProject(dir: string, contentDir: string, nodeModules: string): void {
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }));
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), COLLECTIONS(contentDir));
  fs.writeFileSync(path.join(dir, 'src/pages/[...slug].astro'), PAGE);
  fs.symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}

/** An Astro config that is the site's own, with the output and cache moved to the temp folder. */
export function writeSiteConfig(file: string, repo: string, outDir: string, cacheDir: string): void {
  fs.writeFileSync(
    file,
    `import config from ${JSON.stringify(path.join(repo, 'astro.config.mjs'))};
export default { ...config, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)} };
`,
  );
}
