/**
 * Line breaking for the social card's title, done by us rather than left to
 * the renderer, so that it can be tested: lines come out balanced (about the
 * same length), no line starts with closing punctuation or ends with opening
 * punctuation, a number stays with its unit (a no-break space never breaks),
 * and no line holds a single character or a lone short word (zh-TW style
 * guide, publication design guide: "never let one character sit alone").
 */

/** Width of a text in "Latin letters": a Han character is about two. */
export function textUnits(text: string): number {
  return Array.from(text).reduce((n, c) => n + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
}

/** Punctuation that must not begin a line (it closes or follows). */
const NO_START = /^[、。，．：；！？）」』〉》】…—,.:;!?)\]’”%]/;
/** Punctuation that must not end a line (it opens). */
const NO_END = /[（「『〈《【(\[‘“$]$/;

/**
 * Splits text into unbreakable tokens: each Han character alone, each Latin
 * word with its trailing space, punctuation glued to its neighbour.
 * @example tokens('Avocado 延後了') // ['Avocado ', '延', '後', '了']
 */
export function tokens(text: string): string[] {
  const raw = text.match(/[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+\s*|\s+/g) ?? [];
  const out: string[] = [];
  for (const t of raw) {
    const prev = out[out.length - 1];
    // A no-break space (number + unit) and punctuation never start a token.
    if (prev !== undefined && (NO_START.test(t) || NO_END.test(prev) || prev.endsWith('\u00a0') || /^\s+$/.test(t))) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

const units = (line: string) => textUnits(line.trimEnd());

/**
 * Balanced lines of at most `capacity` units (a Han character is 2).
 * @example balanceLines('Avocado 預計在 2026 年 5 月或之後推出。', 20).length === 2
 */
export function balanceLines(text: string, capacity: number): string[] {
  const toks = tokens(text.trim());
  const total = units(toks.join(''));
  if (total <= capacity) return [text.trim()];
  const fill = (target: number) => {
    const lines: string[] = [];
    let line = '';
    for (const t of toks) {
      if (line && units(line + t) > target) {
        lines.push(line);
        line = t;
      } else line += t;
    }
    if (line) lines.push(line);
    return lines;
  };
  // The fewest lines that fit, then the smallest target that still fills only
  // that many: the most even lines. Token edges can make n lines impossible
  // at any target, so n grows until it fits.
  let lines = fill(capacity);
  search: for (let n = Math.ceil(total / capacity); n <= lines.length; n++) {
    for (let target = Math.ceil(total / n); target <= capacity; target++) {
      const tried = fill(target);
      if (tried.length <= n) {
        lines = tried;
        break search;
      }
    }
  }
  return lines.map((l) => l.trimEnd());
}
