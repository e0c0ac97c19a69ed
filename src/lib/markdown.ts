/**
 * The Markdown pipeline's plugins, shared by astro.config.mjs and the unit
 * tests so both run the same code. Content is trusted only as far as this
 * allow-list: the validator rejects the dangerous HTML by name with a clear
 * error (script, iframe, on*=, javascript:), and the sanitizer drops
 * whatever else the list does not name, should anything slip past.
 */
import path from 'node:path';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, localeFromPath, useStrings } from '../i18n/index.ts';
import { rehypeLetterFirstIds } from './markdown/heading-ids.ts';
import { rehypeAccessibleTables } from './markdown/tables.ts';
import { rehypeDirectives, remarkDirectiveMarkers, type DirectiveIndex } from './markdown/directives.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * What Markdown and GFM produce (no task-list checkboxes: no form controls
 * at all), plus a few inline tags editors need. Nothing else survives.
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: [
    ...HEADINGS, 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong', 'del', 'a', 'img',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub', 'abbr', 'span', 'section',
  ], // prettier-ignore
  attributes: {
    // Heading ids come from rehype-slug; the validator keeps them unique and off the layout's own anchors.
    ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])),
    a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    // Images only from this site (the CSP's img-src is 'self'): no scheme, no //host.
    img: [['src', /^(?![a-z][a-z\d+.-]*:|\/\/)/i], 'alt', 'title', 'width', 'height'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    ol: ['start'],
    li: ['id'],
    code: [['className', /^language-[\w-]+$/]],
    abbr: ['title'],
    // dataDirective/dataRef: the inert marker a :claim[…] or :source[…] leaves for rehypeDirectives.
    span: ['lang', ['dataDirective', 'claim', 'source'], 'dataRef'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Dropped with their contents, not unwrapped into visible text.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'iframe', 'object'],
  // Ids are kept as rehype-slug made them: prefixing would break every #anchor.
  clobber: [],
  clobberPrefix: '',
};

/** Adds rel and a localized, visually hidden "(external link)" to links leaving the site. */
export function rehypeExternalMarked() {
  return (tree: Root, file: VFile) => {
    const locale = localeFromPath(path.basename(String(file.path ?? ''), '.md')) ?? DEFAULT_LOCALE;
    rehypeExternalLinks({
      rel: ['noopener', 'noreferrer'],
      properties: { className: ['external'] },
      content: externalMarker(useStrings(locale).site.externalLink),
    })(tree);
  };
}

/**
 * The hidden text a screen reader announces after an external link; the
 * visible arrow is CSS (a.external::after), so it works for both languages.
 * @example externalMarker('(external link)') // <span class="visually-hidden"> (external link)</span>
 */
export function externalMarker(text: string): Element {
  const child: ElementContent = { type: 'text', value: ` ${text}` };
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [child] };
}

/**
 * Options for @astrojs/markdown-remark's unified(): GFM once (ours, not the
 * default's too), directives as inert markers, raw HTML parsed first so the
 * allow-list rather than a blanket drop decides, slugs before sanitizing,
 * rel and markers after it (the schema does not list them).
 *
 * This is what astro.config.mjs gives Astro, which renders every Markdown
 * entry when it loads the collections. Pages do not show that rendering:
 * articles and source readings are rendered with markdownWithData(), whose
 * directives need the site data Astro's loader cannot give them (and whose
 * output must follow a claim's data even when the article file is unchanged,
 * which the loader's per-file cache would not).
 */
export const MARKDOWN = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkDirective, remarkDirectiveMarkers],
  // Tables get their caption, scopes and scroll box after sanitizing: that markup is ours, not the editor's.
  rehypePlugins: [rehypeRaw, rehypeSlug, rehypeLetterFirstIds, [rehypeSanitize, SANITIZE_SCHEMA], rehypeExternalMarked, rehypeAccessibleTables],
} satisfies UnifiedProcessorOptions;

/**
 * The same pipeline, plus the step that renders :claim[…] and :source[…]
 * from `index` (after sanitizing: that markup is ours, like the tables').
 * @example createMarkdownProcessor({ ...markdownWithData(directiveIndex(site)), syntaxHighlight: false })
 */
export function markdownWithData(index: DirectiveIndex) {
  return { ...MARKDOWN, rehypePlugins: [...MARKDOWN.rehypePlugins, [rehypeDirectives, index]] } satisfies UnifiedProcessorOptions;
}
