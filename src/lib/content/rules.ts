/**
 * Text rules the schemas cannot express: quote length, Simplified
 * characters in Traditional Chinese text, raw HTML in Markdown, heading
 * anchors that collide.
 */
import { slug } from 'github-slugger';
import type { TextLang } from '../../i18n/locales.ts';
import type { ClaimData, SourceData } from '../../schemas/index.ts';

export const QUOTE_LIMITS = { words: 40, cjkChars: 80 } as const;

/** Words for English, characters (without spaces) for Chinese. */
export function quoteLength(text: string, lang: TextLang): number {
  return lang === 'zh-Hant' ? [...text.replace(/\s/g, '')].length : text.trim().split(/\s+/).filter(Boolean).length;
}

/** Null when the quote is short enough, else what is wrong. */
export function quoteTooLong(text: string, lang: TextLang): string | null {
  const n = quoteLength(text, lang);
  if (lang === 'zh-Hant') return n > QUOTE_LIMITS.cjkChars ? `quote has ${n} characters; expected at most ${QUOTE_LIMITS.cjkChars}` : null;
  return n > QUOTE_LIMITS.words ? `quote has ${n} words; expected at most ${QUOTE_LIMITS.words}` : null;
}

/**
 * Common characters that exist only in Simplified Chinese. Each has a
 * different Traditional form (这→這, 发→發 ...); characters shared by both
 * scripts (后, 里, 于) are left out so the check never cries wolf.
 */
export const SIMPLIFIED_ONLY = '这们个来时国对发开会经过还进动实现与应关当从么无样话问题简体数据训练为说产业术务门间长书东车线网络软码闭权释认级让构单节边观语读写师错钱专传亿议资币两测试轻领头见视频员华号'; // prettier-ignore

/** The Simplified-only characters found in `text`, in order, without repeats. */
export function simplifiedChars(text: string): string[] {
  return [...new Set([...text].filter((ch) => SIMPLIFIED_ONLY.includes(ch)))];
}

const RAW_HTML = [
  { re: /<\s*script\b/i, what: 'raw <script> HTML' },
  { re: /<\s*iframe\b/i, what: 'raw <iframe> HTML' },
  { re: /<[a-z][^>]*\son[a-z]+\s*=/i, what: 'an on*= event-handler attribute' },
  // Markdown links and HTML attributes alike: the sanitizer would drop the
  // link silently, so the editor hears about it instead.
  { re: /(?:\]\(|=\s*["']?)\s*javascript:/i, what: 'a javascript: URL' },
] as const;

/**
 * Raw HTML that content may not carry, by name. Everything else is
 * sanitized by the Markdown processor's allow-list (src/lib/markdown.ts).
 * @example forbiddenHtml('<script>x</script>') // ['raw <script> HTML']
 */
export function forbiddenHtml(markdown: string): string[] {
  return RAW_HTML.filter((r) => r.re.test(markdown)).map((r) => r.what);
}

/**
 * Heading slugs (as rehype-slug makes them) that occur twice, or that take
 * an id the page layout reserves: a link to such an anchor would land on
 * the wrong place.
 */
export function headingCollisions(markdown: string, reserved: readonly RegExp[] = RESERVED_ANCHORS): string[] {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const s = slug(m[1] ?? '');
    if (seen.has(s) || reserved.some((r) => r.test(s))) bad.push(s);
    seen.add(s);
  }
  return bad;
}

/** Ids the layouts use for their own anchors; cn-/cr- are the evidence notes and their references (markdown/directives.ts). */
export const RESERVED_ANCHORS = [/^claim-/, /^source-/, /^main$/, /^top$/, /^cn-/, /^cr-/] as const;

/**
 * Faults in a claim's `plot` readings that the schema cannot see: a plot
 * with no value text beside it, a reversed range, two units on one claim,
 * or a source the timeline cannot place (no date and no estimate).
 */
export function plotErrors(claim: ClaimData, published: ReadonlyMap<string, SourceData['published']>): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const units = new Set<string>();
  claim.positions.forEach((p, i) => {
    if (!p.plot) return;
    const at = `positions[${i}].plot`;
    if (!p.value) errors.push({ field: at, message: 'expected a value next to plot: plot only places the value text readers see' });
    if ('from' in p.plot) {
      units.add('month');
      if (p.plot.to && p.plot.to < p.plot.from) errors.push({ field: `${at}.to`, message: `expected to (${p.plot.to}) on or after from (${p.plot.from})` });
    } else {
      units.add(p.plot.unit);
      if (p.plot.high < p.plot.low) errors.push({ field: `${at}.high`, message: `expected high (${p.plot.high}) at or above low (${p.plot.low})` });
    }
    const date = published.get(p.source);
    if (date && date.precision === 'unknown' && !date.estimate)
      errors.push({ field: at, message: `source "${p.source}" has no date and no estimate, so the timeline cannot place it` });
  });
  if (units.size > 1) errors.push({ field: 'positions', message: `expected every plot on one claim in one unit, found ${[...units].join(' and ')}` });
  return errors;
}
