/**
 * Prose that cannot drift from the data. An editor writes `:claim[id]` or
 * `:source[id]` (remark-directive text directives); the page shows what the
 * content says today: the claim's statement, verdict, status and a quote, the
 * source's short name and mark, in the page's language.
 *
 * Two steps, so the sanitizer stays the judge of what editors write:
 *  1. remarkDirectiveMarkers (remark): a known directive becomes an inert
 *     `<span data-directive="claim" data-ref="id">id</span>` that the
 *     allow-list lets through; anything else written as a directive goes
 *     back to the literal text the editor typed (check:content reports it).
 *  2. rehypeDirectives(index) (rehype, after sanitizing): each marker becomes
 *     the site's own markup, and the claims get numbered notes at the end.
 *     The index is built from the derived site data (directiveIndex), so
 *     the renderer is a plain function of content: no Astro, no globals.
 */
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdRoot, PhrasingContent, RootContent as MdContent } from 'mdast';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, localeFromPath, localeOfTextLang, useStrings, type Locale, type TextLang } from '../../i18n/index.ts';
import { fmt, pick } from '../format.ts';
import { currentPositions } from '../evidence.ts';
import type { Claim, ClaimStatus, Source } from '../model.ts';
import type { VerdictLabel } from '../../schemas/index.ts';
import { markClass, sourceName } from '../sources.ts';
import { claimAnchor, localizedUrl } from '../urls.ts';

export const DIRECTIVES = ['claim', 'source'] as const;
export type DirectiveName = (typeof DIRECTIVES)[number];

/** Where the method page explains a label. The method page owns these anchors. */
export const verdictAnchor = (label: VerdictLabel) => `verdict-${label}`;
export const statusAnchor = (status: ClaimStatus) => `status-${status}`;
/** Ids this module writes into a page: a claim's note, each reference to it, the notes' heading. */
export const noteId = (claimId: string) => `cn-${claimId}`;
export const refId = (claimId: string, k: number) => `cr-${claimId}-${k}`;
export const NOTES_HEADING_ID = 'cn-notes';

type Localized = Record<Locale, string>;

export interface SourceRef {
  id: string;
  shortName: Localized;
  mark: Source['mark'];
}

export interface ClaimRef {
  id: string;
  statement: Localized;
  status: ClaimStatus;
  verdict: VerdictLabel | null;
  /** One quote that speaks for the claim (see evidenceQuote), or null when it has no position. */
  quote: { source: string; text: string; lang: TextLang; translation: string } | null;
}

export interface DirectiveIndex {
  claims: ReadonlyMap<string, ClaimRef>;
  sources: ReadonlyMap<string, SourceRef>;
}

/**
 * The quote a claim's note shows: the first current supporting position in
 * reading order, else the first current one of any stance (a disputed claim
 * is best shown by its dispute), else the first on record.
 */
export function evidenceQuote(claim: Pick<Claim, 'positions'>, sourceOrder: ReadonlyMap<string, number>): Claim['positions'][number] | null {
  const ordered = [...claim.positions].sort((a, b) => (sourceOrder.get(a.source) ?? 1e9) - (sourceOrder.get(b.source) ?? 1e9));
  const current = currentPositions(ordered);
  return current.find((p) => p.stance === 'supports') ?? current[0] ?? ordered[0] ?? null;
}

/** What the renderer needs, from the derived site data: one entry per claim and source. */
export function directiveIndex(site: { claims: readonly Claim[]; sources: readonly Source[]; statusById: ReadonlyMap<string, ClaimStatus> }): DirectiveIndex {
  const order = new Map(site.sources.map((s, i) => [s.id, i]));
  return {
    sources: new Map(site.sources.map((s) => [s.id, { id: s.id, shortName: s.shortName, mark: s.mark }])),
    claims: new Map(
      site.claims.map((c) => {
        const q = evidenceQuote(c, order);
        const ref: ClaimRef = {
          id: c.id,
          statement: c.statement,
          status: site.statusById.get(c.id)!,
          verdict: c.verdict?.label ?? null,
          quote: q && { source: q.source, text: q.quote, lang: q.quoteLang, translation: q.translation },
        };
        return [c.id, ref];
      }),
    ),
  };
}

// ── Step 1: remark ───────────────────────────────────────────────────────

interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: PhrasingContent[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: Record<string, unknown>;
}
type Parent = { children: (MdContent | PhrasingContent)[] };

const isDirective = (n: { type: string }): n is DirectiveNode & typeof n => /^(text|leaf|container)Directive$/.test(n.type);

/** The plain text of a directive's label: `:claim[release-window]` → "release-window". */
export function directiveLabel(node: { children?: unknown[] }): string {
  const text = (n: unknown): string => {
    const x = n as { value?: string; children?: unknown[] };
    return typeof x.value === 'string' ? x.value : (x.children ?? []).map(text).join('');
  };
  return (node.children ?? []).map(text).join('').trim();
}

/** A directive this site renders: a text directive named claim or source, with an id and no attributes. */
export function isKnownDirective(node: DirectiveNode): node is DirectiveNode & { name: DirectiveName } {
  return node.type === 'textDirective' && (DIRECTIVES as readonly string[]).includes(node.name);
}

/** Remark plugin: known directives become inert markers; anything else, the text the editor typed. */
export function remarkDirectiveMarkers() {
  return (tree: MdRoot, file: VFile) => {
    const source = String(file.value ?? '');
    const walk = (parent: Parent) => {
      parent.children = parent.children.map((child) => {
        if (!isDirective(child)) {
          if ('children' in child) walk(child as Parent);
          return child;
        }
        const node = child as unknown as DirectiveNode;
        if (isKnownDirective(node)) {
          const id = directiveLabel(node);
          node.data = { hName: 'span', hProperties: { dataDirective: node.name, dataRef: id } };
          node.children = [{ type: 'text', value: id }];
          return child;
        }
        const { start, end } = node.position ?? { start: {}, end: {} };
        const literal = start.offset !== undefined && end.offset !== undefined ? source.slice(start.offset, end.offset) : `:${node.name}`;
        const text = { type: 'text', value: literal } as PhrasingContent;
        return (node.type === 'textDirective' ? text : { type: 'paragraph', children: [text] }) as MdContent;
      });
    };
    walk(tree as unknown as Parent);
  };
}

// ── Step 2: rehype ───────────────────────────────────────────────────────

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

/** A statement reads inside a sentence: its own final full stop goes, the editor punctuates. */
export const inlineStatement = (s: string) => s.replace(/[.。]\s*$/u, '');

/** The source's mark chip and short name, linked: letter and colour together, never colour alone. */
export function sourceLink(source: SourceRef, locale: Locale): Element {
  // The same markup as SourceName.astro, so a source looks alike in prose and in lists.
  return el('a', { href: localizedUrl(locale, { kind: 'source', id: source.id }), className: ['src', markClass(source)] }, [
    el('span', { className: ['chip'], ariaHidden: 'true' }, [txt(source.mark.glyph)]),
    el('span', { className: ['src-name'] }, [txt(sourceName(source, locale))]),
  ]);
}

function quoted(text: string, lang: TextLang): string {
  return lang === 'zh-Hant' ? `「${text}」` : `“${text}”`;
}

/**
 * One claim's note: the statement (linked to the claim page, where every
 * source's position is) with a way back to each mention, then verdict,
 * status, and a quote with its source; on a source page, a quote from that
 * source is a link to its row in the page's claims table, which prints it.
 */
function noteItem(claim: ClaimRef, refs: number, locale: Locale, index: DirectiveIndex, tableSource: string | null): Element {
  const t = useStrings(locale);
  const method = (anchor: string) => localizedUrl(locale, { kind: 'method' }, anchor);
  const labels: ElementContent[] = [];
  if (claim.verdict) {
    labels.push(el('a', { href: method(verdictAnchor(claim.verdict)), className: ['verdict', `verdict-${claim.verdict}`] }, [txt(fmt(t.claimRef.verdict, { label: t.verdictLabel[claim.verdict] }))]));
    labels.push(txt(' · '));
  }
  labels.push(el('a', { href: method(statusAnchor(claim.status)), className: ['badge', `status-${claim.status}`] }, [txt(fmt(t.claimRef.status, { label: t.status[claim.status] }))]));
  const back: ElementContent[] = [];
  for (let k = 1; k <= refs; k++) {
    const label = refs === 1 ? t.claimRef.back : fmt(t.claimRef.backNth, { n: k });
    back.push(txt(' '), el('a', { href: `#${refId(claim.id, k)}`, className: ['cn-back'], ariaLabel: label }, [txt(refs === 1 ? '↩' : `↩${k}`)]));
  }
  const children: ElementContent[] = [
    // The statement is the note's first paragraph; CSS finds it by place, not by a class on every note.
    el('p', {}, [el('a', { href: localizedUrl(locale, { kind: 'claim', id: claim.id }) }, [txt(pick(claim.statement, locale))]), ...back]),
    el('p', { className: ['cn-labels'] }, labels),
  ];
  const q = claim.quote;
  const source = q && index.sources.get(q.source);
  if (q && source && q.source === tableSource) {
    // A source page's own quote is in its claims table, in the row #claim-<id>: the note leads there rather than print it twice.
    children.push(el('p', { className: ['cn-quote'] }, [el('a', { href: `#${claimAnchor(claim.id)}` }, [txt(t.claimRef.quoteInTable)])]));
  } else if (q && source) {
    const quoteLocale = localeOfTextLang(q.lang);
    // .verbatim marks the source's own words, which keep its punctuation (tests/build/zh-typography.test.ts skips them).
    const lines: ElementContent[] = [el('span', { lang: quoteLocale, className: ['verbatim'] }, [txt(quoted(q.text, q.lang))]), txt(' — '), sourceLink(source, locale)];
    if (quoteLocale !== locale) lines.push(el('br', {}, []), el('span', { className: ['translation'] }, [el('span', { className: ['label'] }, [txt(t.claimRef.ourTranslation + t.punct.colon.trimEnd())]), txt(`${t.punct.colon.endsWith(' ') ? ' ' : ''}${q.translation}`)]));
    children.push(el('p', { className: ['cn-quote'] }, lines));
  }
  return el('li', { id: noteId(claim.id) }, children);
}

/**
 * The note's gist for the margin of a wide screen (CSS shows it from 75rem,
 * beside the first mention): the verdict and status as plain text, hidden
 * from screen readers and search (SEARCH_EXCLUDE_SELECTORS names .cn-side,
 * so the page carries no attribute for it). The quote stays in the note at
 * the end, one click away, which is the one that works everywhere; printing
 * it in the margin too made it the heaviest text on a reading page.
 */
function sidenote(claim: ClaimRef, n: number, locale: Locale): Element {
  const t = useStrings(locale);
  const parts = [claim.verdict ? fmt(t.claimRef.verdict, { label: t.verdictLabel[claim.verdict] }) : '', fmt(t.claimRef.status, { label: t.status[claim.status] })].filter(Boolean);
  return el('span', { className: ['cn-side'], ariaHidden: 'true' }, [txt(`${n}. ${parts.join(' · ')}${t.claimRef.stop.trimEnd()}`)]);
}

/**
 * The source whose page a Markdown file is the reading of
 * (`…/sources/<id>/<lang>.md`), or null for an article. That page prints the
 * source's claims table below the reading.
 */
export function tableSourceOfFile(file: Pick<VFile, 'path'>): string | null {
  const dir = path.dirname(String(file.path ?? ''));
  return path.basename(path.dirname(dir)) === 'sources' ? path.basename(dir) : null;
}

/** The locale a Markdown file is written in, from its name (en.md, zh-tw.md). */
export function localeOfFile(file: Pick<VFile, 'path'>): Locale {
  return localeFromPath(path.basename(String(file.path ?? ''), '.md')) ?? DEFAULT_LOCALE;
}

/**
 * Rehype plugin: markers → the site's markup, then the notes. Claims are
 * numbered in order of first mention; a second mention reuses the number.
 * An id missing from the index throws: check:content reports it first, with
 * the line, so this only fires if the check was skipped.
 */
export function rehypeDirectives(index: DirectiveIndex) {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file);
    const t = useStrings(locale);
    const numbers = new Map<string, number>();
    const refs = new Map<string, number>();
    const render = (node: Element): ElementContent => {
      const kind = node.properties?.dataDirective;
      const id = String(node.properties?.dataRef ?? '');
      if (kind === 'source') {
        const source = index.sources.get(id);
        if (!source) throw new Error(`${file.path}: :source[${id}] names no source`);
        return sourceLink(source, locale);
      }
      const claim = index.claims.get(id);
      if (!claim) throw new Error(`${file.path}: :claim[${id}] names no claim`);
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      const n = numbers.get(id)!;
      const k = (refs.get(id) ?? 0) + 1;
      refs.set(id, k);
      return el('span', { className: ['claim-ref'] }, [
        el('a', { href: localizedUrl(locale, { kind: 'claim', id }) }, [txt(inlineStatement(pick(claim.statement, locale)))]),
        el('sup', { className: ['cn-marker'] }, [
          el('a', { href: `#${noteId(id)}`, id: refId(id, k), ariaLabel: fmt(t.claimRef.marker, { n }) }, [txt(String(n))]),
        ]),
        ...(k === 1 ? [sidenote(claim, n, locale)] : []),
      ]);
    };
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'span' && child.properties?.dataDirective) return render(child) as typeof child;
        walk(child);
        return child;
      }) as typeof parent.children;
    };
    walk(tree);
    if (!numbers.size) return;
    const tableSource = tableSourceOfFile(file);
    const items = [...numbers.keys()].map((id) => noteItem(index.claims.get(id)!, refs.get(id)!, locale, index, tableSource));
    const notes: RootContent = el('section', { className: ['claim-notes'], ariaLabelledBy: [NOTES_HEADING_ID] }, [
      el('h2', { id: NOTES_HEADING_ID }, [txt(t.claimRef.notesTitle)]),
      el('ol', {}, items),
    ]);
    tree.children.push(notes);
  };
}
