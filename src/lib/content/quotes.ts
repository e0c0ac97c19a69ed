/**
 * Quote verification against the source archive: every claim position's
 * quote must appear verbatim in its source's archived text
 * (`<AVOCADO_ARCHIVE_DIR>/<archiveId>.txt`).
 *
 * "Verbatim" means character for character: curly quotes stay curly, a
 * non-breaking hyphen (U+2011) is not a hyphen, a no-break space (U+00A0)
 * is not a space, full-width and half-width punctuation differ. The one
 * allowance is line wrapping: any run of ASCII whitespace (space, tab, CR,
 * LF) matches any other such run, so a quote may join a line the source
 * breaks, or break one it joins. Nothing else is folded: no case, no
 * Unicode normalisation, no punctuation look-alikes.
 *
 * An ellipsis, `…` (one or more) or `...`, marks an omission: the parts
 * around it must each appear, in that order, in the source.
 *
 * The archive lives outside the repository (the documents are evidence, not
 * part of the product): when it is absent the check reports NOT VERIFIED,
 * never a pass, and `CI=true` turns that into a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentSet } from '../model.ts';
import type { ContentError } from './errors.ts';

/** Where the archive lives: $AVOCADO_ARCHIVE_DIR, else ../shared/seeds beside the project. */
export function archiveDir(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env.AVOCADO_ARCHIVE_DIR || '../shared/seeds');
}

/** CI=true (or any value but 0/false): a missing archive is then a failure. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && !/^(0|false)$/i.test(env.CI);
}

/** The loud line printed whenever quotes could not be checked. */
export const notVerifiedLine = (dir: string) => `quotes: NOT VERIFIED — archive not found at ${dir}; set AVOCADO_ARCHIVE_DIR`;

/** Collapses every run of ASCII whitespace to one space: the only folding verbatim allows. */
export const foldWrapping = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

/** The parts of a quote between ellipses, wrapping folded, empty parts dropped. */
export function quoteParts(quote: string): string[] {
  return foldWrapping(quote)
    .split(/ ?(?:…+|\.{3,}) ?/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export type QuoteMatch =
  | { ok: true }
  | {
      ok: false;
      /** The part of the quote (between ellipses) that was not found. */
      part: string;
      /** The longest start of that part found in the source (after the previous part). */
      matched: string;
      /** Where the matched start stops in the source, or -1 when not even its first character is there. */
      at: number;
    };

/** Longest prefix of `part` that occurs in `text` at or after `from`, and where. */
function longestPrefix(text: string, part: string, from: number): { length: number; at: number } {
  // Occurrence of a prefix is monotone in its length, so binary search works.
  let lo = 0;
  let hi = part.length;
  let at = -1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const i = text.indexOf(part.slice(0, mid), from);
    if (i >= 0) {
      lo = mid;
      at = i;
    } else hi = mid - 1;
  }
  if (lo > 0 && at < 0) at = text.indexOf(part.slice(0, lo), from);
  return { length: lo, at };
}

/**
 * Whether `quote` appears verbatim in `source` (see the module comment for
 * the one allowance and the ellipsis). `source` is folded here; pass
 * `foldWrapping(text)` yourself when matching many quotes against one text.
 * @example matchQuote('the closed … model', 'the closed and costly model').ok === true
 */
export function matchQuote(quote: string, source: string): QuoteMatch {
  const text = foldWrapping(source);
  let from = 0;
  for (const part of quoteParts(quote)) {
    const i = text.indexOf(part, from);
    if (i >= 0) {
      from = i + part.length;
      continue;
    }
    const { length, at } = longestPrefix(text, part, from);
    return { ok: false, part, matched: part.slice(0, length), at: at < 0 ? -1 : at + length };
  }
  return { ok: true };
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The first few words of `s` (or characters, for Chinese), for a report. */
export function firstWords(s: string, words = 5): string {
  const t = s.trimStart();
  if (CJK.test(t.slice(0, 2))) return t.slice(0, 12);
  return t.split(' ').slice(0, words).join(' ');
}

/** The last few words of `s`, for a report. */
function lastWords(s: string, words = 5): string {
  if (CJK.test(s.slice(-2))) return s.slice(-12);
  return s.split(' ').slice(-words).join(' ');
}

/**
 * One line for an editor: where the quote stops matching the source and
 * what each says from there. The split point backs up to a word start, so a
 * changed word is shown whole.
 */
export function describeMismatch(m: Extract<QuoteMatch, { ok: false }>, source: string): string {
  const text = foldWrapping(source);
  if (m.at < 0) return `its start “${firstWords(m.part)}” is nowhere in the source`;
  // Back up to the start of the word that differs (Latin text): "closed" vs "close" shows both words.
  let cut = m.matched.length;
  if (!CJK.test(m.part.charAt(cut)) && !CJK.test(m.part.charAt(cut - 1))) {
    while (cut > 0 && m.part.charAt(cut - 1) !== ' ') cut--;
  }
  const back = m.matched.length - cut;
  const same = m.part.slice(0, cut).trimEnd();
  const quoteRest = m.part.slice(cut);
  const sourceRest = text.slice(m.at - back);
  const where = same ? `matches up to “…${lastWords(same)}”, then` : 'from its first word';
  return `${where} the quote has “${firstWords(quoteRest)}” where the source has “${firstWords(sourceRest) || '(end of text)'}”`;
}

export interface QuoteReport {
  /** False when the archive folder is absent: nothing was checked. */
  archiveFound: boolean;
  dir: string;
  /** Quotes checked (0 when the archive is absent). */
  checked: number;
  errors: ContentError[];
}

/**
 * Checks every claim position's quote against its source's archived text.
 * A source whose archive file is missing is an error on the source; a quote
 * that does not match is an error on the claim's `positions[i].quote`,
 * naming the source and the first words that differ.
 */
export function verifyQuotes(content: Pick<ContentSet, 'sources' | 'claims'>, dir: string): QuoteReport {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return { archiveFound: false, dir, checked: 0, errors: [] };
  const errors: ContentError[] = [];
  const texts = new Map<string, string | null>();
  for (const s of content.sources) {
    const file = path.join(dir, `${s.data.archiveId}.txt`);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (text === null) errors.push({ file: s.file, field: 'archiveId', message: `no archived text ${s.data.archiveId}.txt in ${dir}` });
    texts.set(s.id, text === null ? null : foldWrapping(text));
  }
  let checked = 0;
  for (const c of content.claims) {
    c.data.positions.forEach((p, i) => {
      const text = texts.get(p.source);
      if (text == null) return; // unknown source or missing text: reported elsewhere
      checked++;
      const m = matchQuote(p.quote, text);
      if (m.ok) return;
      const archiveId = content.sources.find((s) => s.id === p.source)!.data.archiveId;
      errors.push({
        file: c.file,
        field: `positions[${i}].quote`,
        message: `claim ${c.id}: quote not verbatim in ${p.source} (${archiveId}.txt): ${describeMismatch(m, text)}`,
      });
    });
  }
  return { archiveFound: true, dir, checked, errors };
}
