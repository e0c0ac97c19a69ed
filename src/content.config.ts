// Collections = loader + schema. Ids come from file and folder names (see content/README.md).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentDir, LAYOUT, type CollectionName } from './lib/content/paths.ts';
import { lenientInDev } from './lib/content/dev-schema.ts';
import { articleSchema, claimSchema, correctionSchema, sourceProseSchema, sourceSchema, tagSchema } from './schemas/index.ts';

const base = pathToFileURL(`${contentDir()}/`);

/**
 * In dev, a file that does not parse (a YAML syntax error) must not stop the
 * content sync, or the dev server exits before the overlay can say why: it
 * loads as empty data, and the content guard reports it on every page.
 */
function lenientParsing(inner: Loader): Loader {
  if (!import.meta.env.DEV || typeof inner.load !== 'function') return inner;
  type Context = Parameters<Loader['load']>[0];
  // `entryTypes` (the parsers the glob loader calls) is on the context Astro passes but not in its public type.
  type EntryType = { getEntryInfo: (info: { contents: string; fileUrl: URL }) => unknown };
  return {
    ...inner,
    load: (ctx) => {
      const types = (ctx as Context & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!types) return inner.load(ctx);
      const entryTypes = new Map(
        [...types].map(([ext, type]) => [ext, { ...type, getEntryInfo: (info: { contents: string; fileUrl: URL }) => Promise.resolve().then(() => type.getEntryInfo(info)).catch(() => ({ data: {}, body: '' })) }]),
      );
      return inner.load({ ...ctx, entryTypes } as Context);
    },
  };
}

/**
 * The glob loader renders every Markdown entry to HTML as it loads it, and
 * the data store then keeps and serialises that HTML. No page shows it:
 * articles and source readings are rendered with the site's data by
 * renderProse() (src/data/site.ts, see src/lib/markdown.ts). So the loader
 * is given Markdown's entry type without its render function and stores the
 * front matter and body only: at 5,000 pages that rendering and its
 * serialisation were about a twelfth of the build's CPU, spent on output
 * nothing read.
 */
function withoutRendering(inner: Loader): Loader {
  if (typeof inner.load !== 'function') return inner;
  type Context = Parameters<Loader['load']>[0];
  type EntryType = { getRenderFunction?: unknown };
  return {
    ...inner,
    load: (ctx) => {
      const types = (ctx as Context & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!types) return inner.load(ctx);
      const entryTypes = new Map([...types].map(([ext, type]) => [ext, type.getRenderFunction ? { ...type, getRenderFunction: undefined } : type]));
      return inner.load({ ...ctx, entryTypes } as Context);
    },
  };
}

/** `sources/<id>/en.md` → `en/<id>`; `claims/<id>.yaml` → `<id>`. */
function loader(name: CollectionName) {
  const { glob: pattern, re } = LAYOUT[name];
  return withoutRendering(lenientParsing(glob({
    pattern,
    base,
    generateId: ({ entry }) => {
      const [, id, localePath] = re.exec(entry) ?? [];
      if (!id) throw new Error(`${entry}: path does not match ${pattern}`);
      return localePath ? `${localePath}/${id}` : id;
    },
  })));
}

// In dev a content fault shows as the error overlay instead of stopping the server (see dev-schema.ts).
const schema = <T extends Parameters<typeof lenientInDev>[0]>(s: T) => lenientInDev(s, import.meta.env.DEV);

export const collections = {
  tags: defineCollection({ loader: loader('tags'), schema: schema(tagSchema) }),
  sources: defineCollection({ loader: loader('sources'), schema: schema(sourceSchema) }),
  sourceProse: defineCollection({ loader: loader('sourceProse'), schema: schema(sourceProseSchema) }),
  claims: defineCollection({ loader: loader('claims'), schema: schema(claimSchema) }),
  articles: defineCollection({ loader: loader('articles'), schema: schema(articleSchema) }),
  corrections: defineCollection({ loader: loader('corrections'), schema: schema(correctionSchema) }),
};
