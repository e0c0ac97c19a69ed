/**
 * The one place pages get content from. Collections are read once per build
 * and every derived view is computed once (see deriveSite); routes only look
 * things up. This file is the bridge to astro:content, so src/lib stays pure.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALE_CODES, localeFromPath, type Locale } from '../i18n/locales.ts';
import { checkContentDir, contentDir } from '../lib/content/index.ts';
import { deriveSite, type Site } from '../lib/derive.ts';
import { markdownWithData } from '../lib/markdown.ts';
import { directiveIndex } from '../lib/markdown/directives.ts';
import type { ContentSet, LocalizedEntry } from '../lib/model.ts';

type Localizable = CollectionEntry<'sourceProse'> | CollectionEntry<'articles'>;

function split<T extends Localizable>(e: T): LocalizedEntry<T['data']> {
  const [localePath = '', id = ''] = e.id.split('/');
  const locale = localeFromPath(localePath);
  if (!locale) throw new Error(`${e.filePath}: unknown locale "${localePath}"`);
  return { id, locale, file: e.filePath ?? e.id, data: e.data, body: e.body ?? '' };
}

let cached: Promise<{ site: Site; entries: Entries }> | undefined;

interface Entries {
  sourceProse: Map<string, CollectionEntry<'sourceProse'>>;
  articles: Map<string, CollectionEntry<'articles'>>;
}

async function load() {
  const [tags, sources, sourceProse, claims, articles, corrections] = await Promise.all([
    getCollection('tags'),
    getCollection('sources'),
    getCollection('sourceProse'),
    getCollection('claims'),
    getCollection('articles'),
    getCollection('corrections'),
  ]);
  const plain = <T extends { id: string; data: unknown; filePath?: string }>(e: T) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data as T['data'] });
  const content: ContentSet = {
    tags: tags.map(plain),
    sources: sources.map(plain),
    claims: claims.map(plain),
    sourceProse: sourceProse.map(split),
    articles: articles.map(split),
    corrections: corrections.map(plain),
  };
  return {
    site: deriveSite(import.meta.env.DEV ? fromFiles(content) : content, LOCALE_CODES),
    entries: { sourceProse: new Map(sourceProse.map((e) => [e.id, e])), articles: new Map(articles.map((e) => [e.id, e])) },
  };
}

/**
 * In `astro dev`, what every page derives from is read from the files, as
 * the content guard reads them, not from the content layer's store: the
 * store can lag a save. Under load, a fixed file once passed the guard
 * while the store still held a claim without its fields, and every page
 * failed with a TypeError until the next save (the dev-overlay test saw
 * it twice in about fifteen runs; the race was not reproduced on purpose).
 * With a fault in the files the guard stops every page before this data is
 * used. A build reads the store alone: nothing changes under it, and a
 * second read and validation would cost as much as the first.
 */
function fromFiles(store: ContentSet): ContentSet {
  const { content, errors } = checkContentDir(contentDir());
  return errors.length ? store : content;
}

/** Every derived view of the content, computed once per build. */
export async function getSite(): Promise<Site> {
  cached ??= load();
  return (await cached).site;
}

const key = (locale: Locale, id: string) => `${locale.toLowerCase()}/${id}`;

/** The renderable Markdown entry for a source's prose in one locale. */
export async function getSourceProse(locale: Locale, id: string): Promise<CollectionEntry<'sourceProse'>> {
  cached ??= load();
  const e = (await cached).entries.sourceProse.get(key(locale, id));
  if (!e) throw new Error(`No ${locale} prose for source ${id}`);
  return e;
}

/** The renderable Markdown entry for an article in one locale. */
export async function getArticleEntry(locale: Locale, id: string): Promise<CollectionEntry<'articles'>> {
  cached ??= load();
  const e = (await cached).entries.articles.get(key(locale, id));
  if (!e) throw new Error(`No ${locale} version of article ${id}`);
  return e;
}

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * An article's or source reading's HTML, rendered with the site data so
 * :claim[…] and :source[…] show the claims and sources as they stand in this
 * build (src/lib/markdown/directives.ts). Astro's own rendering of the entry
 * cannot see that data, and its cache would keep an old verdict in an
 * unchanged article.
 */
export async function renderProse(entry: CollectionEntry<'articles'> | CollectionEntry<'sourceProse'>): Promise<string> {
  processor ??= getSite().then((site) => createMarkdownProcessor({ ...markdownWithData(directiveIndex(site)), syntaxHighlight: false }));
  // The file name (en.md, zh-tw.md) tells the plugins the page's language.
  const fileURL = pathToFileURL(path.resolve(entry.filePath ?? `${entry.id}.md`));
  return (await (await processor).render(entry.body ?? '', { fileURL })).code;
}
