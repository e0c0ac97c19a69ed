/** Plain-text helpers shared by structured data, feeds and social cards. */

// Han characters and full-width punctuation: Chinese may be cut next to any of them.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// Punctuation and spaces that look wrong right before an ellipsis.
const TRAILING = /[\s,;:.!?，、；：。！？(（「『“‘'"-]+$/u;

/**
 * Shortens text to at most `max` characters (code points, so a surrogate pair
 * is never split), ending in "…". English is cut between words; Chinese may
 * be cut between any two Han characters, but a Latin word inside Chinese
 * ("Gemini") is never split.
 * @example truncate('Avocado was delayed twice in 2026', 20) === 'Avocado was delayed…'
 * @example truncate('Avocado 的發布已經兩度延後。', 12) === 'Avocado 的發布…'
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  let end = max - 1; // room for the ellipsis
  const splitsWord = (i: number) => !isBoundary(chars[i - 1], chars[i]);
  while (end > 0 && splitsWord(end)) end--;
  const cut = chars.slice(0, end).join('').replace(TRAILING, '');
  // A single word longer than the limit: cut it rather than return nothing.
  return `${cut || chars.slice(0, max - 1).join('')}…`;
}

/** True when text may be cut between a and b: at a space, or next to a CJK character. */
function isBoundary(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return /\s/u.test(a) || /\s/u.test(b) || CJK.test(a) || CJK.test(b);
}
