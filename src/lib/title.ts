/**
 * The document <title>. Search results and browser tabs cut titles at about
 * 60–70 characters, and claim statements run to 200: a title cut by someone
 * else hides the part that tells two claims apart. We keep the site name
 * only when it fits, and cut an over-long subject at a word boundary
 * ourselves, with an ellipsis that says so. The page's h1 keeps the full text.
 */
import type { Locale } from '../i18n/locales.ts';

/** The longest title a search result shows whole (html-validate's long-title). */
export const MAX_TITLE = 70;

/**
 * @example pageTitle('Sources', 'Avocado Ledger', 'en') === 'Sources · Avocado Ledger'
 * @example pageTitle('A'.repeat(80), 'Avocado Ledger', 'en').length <= 70
 */
export function pageTitle(subject: string, siteName: string, locale: Locale, max = MAX_TITLE): string {
  const full = `${subject} · ${siteName}`;
  if (full.length <= max) return full;
  if (subject.length <= max) return subject;
  return truncateWords(subject, max, locale);
}

/**
 * Cuts `text` to at most `max` characters, ellipsis included, between words
 * (Intl.Segmenter knows where Chinese words end), dropping trailing
 * punctuation and spaces before the ellipsis.
 * @example truncateWords('one two three', 9, 'en') === 'one two…'
 */
export function truncateWords(text: string, max: number, locale: Locale): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  // A single word longer than the limit: cut inside it rather than return nothing.
  if (!out.trim()) out = text.slice(0, max - 1);
  return `${out.replace(/[\s\p{P}]+$/u, '')}…`;
}
