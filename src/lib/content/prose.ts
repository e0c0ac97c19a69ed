/**
 * Rules for the site's own prose (article and source-reading Markdown):
 *  - every :claim[id] and :source[id] names a claim or source that exists,
 *    and nothing else is written as a directive;
 *  - no status or verdict label is written by hand: it would go stale when
 *    the evidence moves, while the directive follows the data;
 *  - one quotation style per language: “ ” ‘ ’ in English, 「」『』 in Chinese,
 *    and in English the apostrophe is ’ too (“Meta’s”), as the UI writes it.
 * Each fault carries its line in the file, so an editor can go straight to it.
 * The rules are documented for editors in content/README.md ("Claims and
 * sources in prose"); keep the two in step.
 */
import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { useStrings, type Locale } from '../../i18n/index.ts';
import { VERDICTS } from '../../schemas/index.ts';
import { directiveLabel, DIRECTIVES } from '../markdown/directives.ts';

export interface ProseFault {
  /** 1-based line within the text checked. */
  line: number;
  message: string;
}

export interface ProseRefs {
  claims: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** The status labels, as the content model names them and as the dictionaries show them. */
export const STATUS_WORDS: Record<Locale, readonly string[]> = {
  en: ['corroborated', 'contested', 'single-source', 'single source', 'disputed', 'qualified'],
  'zh-TW': ['多方證實', '有爭議', '單一來源', '遭反駁', '僅有保留'],
};

/** The verdict labels in each language: the dictionaries' words, plus the ids as editors may type them. */
export const VERDICT_WORDS: Record<Locale, readonly string[]> = {
  en: [...VERDICTS.map((v) => useStrings('en').verdictLabel[v]), 'holds-up'],
  'zh-TW': VERDICTS.map((v) => useStrings('zh-TW').verdictLabel[v]),
};

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Quotation pairs whose contents are someone else's words: label words inside them are not the site's. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** A run of prose text in document order, with where it starts and what holds it. */
interface Run {
  value: string;
  line: number;
  /** The whole text of the innermost strong, emphasis, heading, link or table cell around it, if any. */
  unit: string | null;
}

interface Block {
  runs: Run[];
}

/** A block with its runs cut at quotation marks (tokens()). */
type ProseBlock = Block & { tokens: Token[] };

const LABEL_HOLDERS = new Set(['strong', 'emphasis', 'heading', 'link', 'tableCell', 'delete']);
const SKIP = new Set(['code', 'inlineCode', 'html', 'blockquote', 'definition', 'footnoteDefinition', 'yaml']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function plain(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type === 'text') return node.value;
  if (node.type === 'textDirective') return '';
  return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';
}

/** Splits the tree into blocks of prose runs, leaving out code, raw HTML, blockquotes and directives. */
function proseBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (node: RootContent | Root, block: Block | null, unit: string | null) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      if (node.type === 'containerDirective') (node.children as RootContent[]).forEach((c) => walk(c, null, null));
      return;
    }
    if (BLOCKS.has(node.type)) {
      block = { runs: [] };
      blocks.push(block);
    }
    if (LABEL_HOLDERS.has(node.type)) unit = plain(node as RootContent).trim();
    if (node.type === 'text' && block) block.runs.push({ value: node.value, line: node.position?.start.line ?? 1, unit });
    if ('children' in node) for (const c of node.children as RootContent[]) walk(c, block, unit);
  };
  walk(tree, null, null);
  return blocks;
}

interface Token {
  text: string;
  line: number;
  /** Inside a quotation pair, and the whole quotation if so. */
  quote: string | null;
  unit: string | null;
  /** The block's text before this piece: where a sentence starts. */
  before: string;
}

/**
 * Cuts each block's runs into pieces inside and outside quotation pairs.
 * A pair open at the end of a block closes there (a paragraph is the widest
 * a quotation spans in this prose).
 */
function tokens(block: Block): Token[] {
  const out: Token[] = [];
  let open: string | null = null;
  let quoteText = '';
  let pending: Token[] = [];
  let before = '';
  for (const run of block.runs) {
    let start = 0;
    const emit = (end: number, quoted: boolean) => {
      if (end <= start) return;
      const piece = run.value.slice(start, end);
      const line = lineAt(run.line, run.value, start);
      const tok: Token = { text: piece, line, quote: quoted ? '' : null, unit: run.unit, before };
      if (quoted) pending.push(tok);
      else out.push(tok);
      before += piece;
    };
    for (let i = 0; i < run.value.length; i++) {
      const ch = run.value[i]!;
      if (open === null && ch in QUOTE_PAIRS) {
        emit(i, false);
        open = QUOTE_PAIRS[ch]!;
        start = i + 1;
        before += ch;
      } else if (open !== null && ch === open) {
        emit(i, true);
        for (const p of pending) p.quote = quoteText;
        quoteText = '';
        out.push(...pending);
        pending = [];
        open = null;
        start = i + 1;
        before += ch;
      } else if (open !== null) quoteText += ch;
    }
    emit(run.value.length, open !== null);
  }
  for (const p of pending) p.quote = quoteText;
  out.push(...pending);
  return out;
}

/** The line of `index` in `text`, which starts at line `start`. */
const lineAt = (start: number, text: string, index = 0) => start + (text.slice(0, index).match(/\n/g)?.length ?? 0);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /^[\p{Script=Latin}\s-]+$/u;
/** Whole words for Latin labels (no letter, digit or hyphen on either side); CJK labels match as they stand. */
function wordPattern(word: string): RegExp {
  const body = escape(word).replace(/\\?[- ]/g, '[- ]');
  return LATIN.test(word) ? new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'giu') : new RegExp(body, 'gu');
}
const STATUS_RES = [...new Set(Object.values(STATUS_WORDS).flat())].map((w) => ({ word: w, re: wordPattern(w) }));
const VERDICT_RES = [...new Set(Object.values(VERDICT_WORDS).flat())].map((w) => ({ word: w, re: wordPattern(w) }));

const norm = (s: string) => s.toLowerCase().replace(/[\s\-]+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
const isLabel = (text: string | null, word: string) => text !== null && norm(text) === norm(word);

/** True when `before` (the block's text so far) ends where a sentence starts: nothing yet, or . ! ? then space and openers. */
function sentenceStart(before: string): boolean {
  return /(^|[.!?。！？]\s*)[\s(“‘"'\[—–-]*$/u.test(before);
}

/**
 * Status and verdict labels written by hand. The rule (content/README.md):
 *  - a status label, in either language, anywhere in prose outside quotations,
 *    code, blockquotes and directives: the words name the site's statuses;
 *  - a verdict label only where it stands as a label, since "likely" or 存疑
 *    are ordinary words: when it is the whole text of bold, italics, a
 *    heading, a link, a table cell or a quotation; or, in English, written
 *    with a capital inside a sentence ("rated Likely", "verdict: Holds up").
 */
function handWrittenLabels(blocks: readonly ProseBlock[]): ProseFault[] {
  const faults: ProseFault[] = [];
  const seen = new Set<string>();
  const report = (line: number, word: string, what: 'status' | 'verdict') => {
    const key = `${line}:${word.toLowerCase()}:${what}`;
    if (seen.has(key)) return;
    seen.add(key);
    const use = what === 'status' ? ':claim[id], which shows the live status' : ':claim[id], which shows the live verdict';
    faults.push({ line, message: `${what} label “${word}” written by hand; refer to the claim with ${use}` });
  };
  for (const block of blocks) {
    for (const tok of block.tokens) {
      if (tok.quote !== null) {
        for (const { word } of VERDICT_RES) if (isLabel(tok.quote, word)) report(tok.line, tok.text.trim(), 'verdict');
        for (const { word } of STATUS_RES) if (isLabel(tok.quote, word)) report(tok.line, tok.text.trim(), 'status');
        continue;
      }
      for (const { re } of STATUS_RES) {
        for (const m of tok.text.matchAll(re)) report(lineAt(tok.line, tok.text, m.index), m[0], 'status');
      }
      for (const { word, re } of VERDICT_RES) {
        for (const m of tok.text.matchAll(re)) {
          const line = lineAt(tok.line, tok.text, m.index);
          const capital = /^\p{Lu}/u.test(m[0]) && !sentenceStart(tok.before + tok.text.slice(0, m.index));
          if (isLabel(tok.unit, word) || (LATIN.test(word) && capital)) report(line, m[0], 'verdict');
        }
      }
    }
  }
  return faults.sort((a, b) => a.line - b.line);
}

/** Directives naming nothing, or directives the site does not render. */
export function directiveFaults(tree: Root, refs: ProseRefs): ProseFault[] {
  const faults: ProseFault[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const line = node.position?.start.line ?? 1;
      const id = directiveLabel(node);
      const known = node.type === 'textDirective' && (DIRECTIVES as readonly string[]).includes(node.name);
      // "10:30", "3:1" or "see:this" parse as bare text directives; only a name with [label] or {attributes} was meant as one.
      const bare = node.type === 'textDirective' && !node.children.length && !Object.keys(node.attributes ?? {}).length;
      if (!known && bare) return;
      if (!known) {
        const written = `${node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::'}${node.name}`;
        faults.push({ line, message: `unknown directive “${written}”: expected :claim[id] or :source[id] (write “\\:” for a colon before a letter)` });
      } else if (node.attributes && Object.keys(node.attributes).length) {
        faults.push({ line, message: `:${node.name}[${id}] takes no attributes` });
      } else {
        const set = node.name === 'claim' ? refs.claims : refs.sources;
        if (!set.has(id)) faults.push({ line, message: `unknown ${node.name} "${id}" in :${node.name}[${id}]` });
      }
    }
    if ('children' in node) (node.children as RootContent[]).forEach(walk);
  };
  walk(tree);
  return faults;
}

/**
 * Straight double quotes in English prose; straight or curly double quotes
 * in Chinese prose (which quotes with 「」 and 『』). Code and raw HTML are not prose.
 */
function quoteStyleFaults(blocks: readonly ProseBlock[], locale: Locale): ProseFault[] {
  const bad = locale === 'zh-TW' ? /["“”]/g : /"/g;
  const want = locale === 'zh-TW' ? '「」 (『』 inside them)' : '“ ” (‘ ’ inside them)';
  const faults: ProseFault[] = [];
  // One fault of each kind a line: the first is enough to find it.
  const add = (line: number, message: string, kind: string) => {
    if (!faults.some((f) => f.line === line && f.message.startsWith(kind))) faults.push({ line, message });
  };
  for (const block of blocks) {
    for (const run of block.runs) {
      for (const m of run.value.matchAll(bad)) add(lineAt(run.line, run.value, m.index), `quotation mark ${m[0]} in ${locale} prose: quote with ${want}`, 'quotation');
    }
    if (locale !== 'en') continue;
    // A quotation keeps its writer's apostrophes (it is verbatim); only the site's own words are held to ’.
    for (const tok of block.tokens) {
      if (tok.quote !== null) continue;
      for (const m of apostrophes(tok.text)) add(lineAt(tok.line, tok.text, m.index), apostropheMessage(m[0]), 'straight apostrophe');
    }
  }
  return faults;
}

/** Spans that hold someone else's words or code: their apostrophes are not the site's to change. */
const VERBATIM_SPANS = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"]*"|`[^`]*`/g;

/**
 * The words in a text of the site's own English that use a straight
 * apostrophe (Meta's, sources') where the site writes ’, outside quotations
 * and code. For data fields (a claim's note, a tag's description), which the
 * Markdown rules above do not reach.
 */
export function straightApostrophes(text: string): string[] {
  return apostrophes(text).map((m) => m[0]);
}

/** The matches behind straightApostrophes(), with their places in `text` (spans are blanked, not cut, so places hold). */
function apostrophes(text: string): RegExpExecArray[] {
  const own = text.replace(VERBATIM_SPANS, (m) => ' '.repeat(m.length));
  return [...own.matchAll(/[\p{L}\p{N}\]]*'[\p{L}\p{N}]*/gu)];
}

export const apostropheMessage = (word: string) => `straight apostrophe in “${word}”: the site writes ’ (Meta’s, sources’)`;

/** Every prose fault in one Markdown text, by line. */
export function proseFaults(markdown: string, locale: Locale, refs: ProseRefs): ProseFault[] {
  const tree = parser.parse(markdown);
  // The label and quotation rules read the same blocks, cut at the same quotation marks: find and cut them once.
  const blocks = proseBlocks(tree).map((b) => ({ ...b, tokens: tokens(b) }));
  return [...directiveFaults(tree, refs), ...handWrittenLabels(blocks), ...quoteStyleFaults(blocks, locale)].sort((a, b) => a.line - b.line);
}
