/**
 * Reading time, shown at the top of an article. One formula for both
 * languages, since either may quote the other: Latin-script words at an
 * adult's 230 a minute, Chinese characters at 350 a minute (Taiwanese adults
 * read roughly 300–500 characters of running text a minute; the low end
 * suits analysis dense with figures).
 */
export const READING_RATE = { wordsPerMinute: 230, hanPerMinute: 350 } as const;

/** Han characters and Latin/digit words in `text`: a word may hold ’ ' . , - inside (Meta’s, 2.5, 1,250, late-2025). */
export function countText(text: string): { words: number; han: number } {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, han };
}

/**
 * Whole minutes, at least 1.
 * @example readingMinutes('word '.repeat(460)) === 2
 */
export function readingMinutes(text: string): number {
  const { words, han } = countText(text);
  return Math.max(1, Math.round(words / READING_RATE.wordsPerMinute + han / READING_RATE.hanPerMinute));
}

/**
 * The text a reader reads in rendered HTML: tags dropped, the common
 * entities decoded. Enough for counting, not for display.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    // The margin notes repeat the evidence notes: not read twice.
    .replace(/<span class="cn-side"[^>]*>(?:[^<]|<span[^>]*>[^<]*<\/span>)*<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
}
