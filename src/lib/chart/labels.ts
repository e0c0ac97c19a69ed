/**
 * Label placement without overlaps: each label tries its candidate spots in
 * order and takes the first that stays inside the bounds and clear of every
 * obstacle (marks, and labels placed before it).
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * True when two boxes share any area (touching edges do not count).
 * @example overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 }) === false
 */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** @example inside({ x: 1, y: 1, w: 2, h: 2 }, { x: 0, y: 0, w: 10, h: 10 }) === true */
export function inside(a: Box, bounds: Box): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h;
}

/**
 * The first candidate inside `bounds` that overlaps no obstacle; failing
 * that, the in-bounds candidate with the fewest overlaps (so a crowded chart
 * degrades, it does not crash). The result is pushed onto `obstacles`.
 * @example placeLabel([{ x: 0, y: 0, w: 4, h: 2 }, { x: 5, y: 0, w: 4, h: 2 }], [{ x: 0, y: 0, w: 2, h: 2 }], { x: 0, y: 0, w: 10, h: 10 })
 *   // { x: 5, y: 0, w: 4, h: 2 }
 */
export function placeLabel(candidates: readonly Box[], obstacles: Box[], bounds: Box, gap = 2): Box {
  const fits = candidates.filter((c) => inside(c, bounds));
  const pool = fits.length ? fits : candidates;
  const clashes = (c: Box) => obstacles.filter((o) => overlaps(c, o, gap)).length;
  const best = pool.find((c) => clashes(c) === 0) ?? [...pool].sort((a, b) => clashes(a) - clashes(b))[0]!;
  obstacles.push(best);
  return best;
}
