/**
 * Geometry of one timeline panel: x = when the source was published, y =
 * the value it gave. A dated source is a bar at its day spanning the
 * window or range it gives; an undated one is a box as wide as its labelled
 * estimate. Open-ended values ("May or later") run to the top of the plot.
 * Every panel shares one x domain so panels line up.
 */
import type { PlotUnit, TimelinePanel, TimelinePoint } from '../timeline.ts';
import { overlaps, placeLabel, type Box } from './labels.ts';
import { dayNumber, linearScale, monthIndex, monthOfIndex, monthTicks, niceTicks, textWidth, type Scale } from './scale.ts';

export interface LayoutOptions {
  width: number;
  plotHeight: number;
  fontSize: number;
  barWidth: number;
  /** Tick label for a month (x axis, and the y axis of month panels). */
  /** withYear false: the month alone, for axis ticks after the first within a year. */
  formatMonth: (ym: string, withYear?: boolean) => string;
  /** Tick label for a number on a money axis. */
  formatNumber: (n: number) => string;
  /** Label texts for a mark, longest first: the first that fits is used. */
  markLabels: (p: TimelinePoint) => string[];
}

export interface MarkLayout extends Box {
  point: TimelinePoint;
  shape: 'bar' | 'box';
  /** Runs to the top of the plot: the source gives no upper end. */
  open: boolean;
  /** Where the open end's arrow stands (its tip is 8 px above `y`); null when closed. */
  arrowX: number | null;
  label: Box & { text: string };
}

/** An x tick and its label: centred on the tick unless that would cross an edge, then aligned to it. */
export interface XTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  left: number;
  right: number;
}

/** @example xTickLabel(10, 'Jan', 10, 0, 100).anchor === 'start' */
export function xTickLabel(x: number, label: string, fontSize: number, minX: number, maxX: number): XTick {
  const w = textWidth(label, fontSize);
  if (x - w / 2 < minX) return { x, label, anchor: 'start', left: x, right: x + w };
  if (x + w / 2 > maxX) return { x, label, anchor: 'end', left: x - w, right: x };
  return { x, label, anchor: 'middle', left: x - w / 2, right: x + w / 2 };
}

export interface PanelLayout {
  width: number;
  height: number;
  plot: Box;
  x: Scale;
  y: Scale;
  xTicks: XTick[];
  yTicks: { y: number; label: string }[];
  marks: MarkLayout[];
}

/** The y extent of a point in axis units: month indexes ([from, to + 1)) or billions. Open end = null. */
export function valueExtent(p: TimelinePoint): [number, number | null] {
  if ('low' in p.y) return [p.y.low, p.y.high];
  return [monthIndex(p.y.from), p.y.to === null ? null : monthIndex(p.y.to) + 1];
}

/** Day numbers from the first of the earliest month to the first of the month after the latest date. */
export function xDomain(panels: readonly TimelinePanel[]): [number, number] {
  const pts = panels.flatMap((p) => p.points);
  const lo = Math.min(...pts.map((p) => monthIndex(p.published.from.slice(0, 7))));
  const hi = Math.max(...pts.map((p) => monthIndex(p.published.to.slice(0, 7)))) + 1;
  return [dayNumber(`${monthOfIndex(lo)}-01`), dayNumber(`${monthOfIndex(hi)}-01`)];
}

/** The y domain shared by every panel of one unit, padded so no mark touches an edge. */
export function yDomain(panels: readonly TimelinePanel[], unit: PlotUnit): [number, number] {
  const ext = panels.filter((p) => p.unit === unit).flatMap((p) => p.points.map(valueExtent));
  const lo = Math.min(...ext.map(([a]) => a));
  // An open end needs headroom above its start for the arrow to read as "or later".
  const hi = Math.max(...ext.map(([a, b]) => b ?? a + (unit === 'month' ? 3 : 10)));
  if (unit === 'month') return [lo - 1, hi + 1];
  return [Math.floor((lo - 1) / 10) * 10, Math.ceil((hi + 1) / 10) * 10];
}

/** Lays out one panel at the given width; tick density adapts so tick labels never collide. */
export function layoutPanel(panel: TimelinePanel, xDom: [number, number], yDom: [number, number], o: LayoutOptions): PanelLayout {
  const lh = Math.round(o.fontSize * 1.25);
  const yValues = panel.unit === 'month' ? niceMonthTicks(yDom, o.plotHeight, lh) : niceTicks(yDom[0], yDom[1], Math.floor(o.plotHeight / (lh * 1.6)), [5, 10, 20, 50, 100]);
  const yLabel = (v: number) => (panel.unit === 'month' ? o.formatMonth(monthOfIndex(v)) : o.formatNumber(v));
  const left = Math.ceil(Math.max(...yValues.map((v) => textWidth(yLabel(v), o.fontSize)))) + 10;
  const top = lh * 2 + 6;
  const plot: Box = { x: left, y: top, w: o.width - left - 12, h: o.plotHeight };
  const x = linearScale(xDom, [plot.x, plot.x + plot.w]);
  const y = linearScale(yDom, [plot.y + plot.h, plot.y]);
  // The densest month step whose labels neither touch each other nor run under the y-axis labels.
  // The year is written on the first tick and on each January, as axes usually do: the labels stay short enough for a phone.
  const tickLabels = (step: number) =>
    monthTicks(xDom[0], xDom[1], step).map((m, i) => xTickLabel(x(dayNumber(`${m}-01`)), o.formatMonth(m, i === 0 || m.endsWith('-01')), o.fontSize, plot.x - 6, o.width));
  const fits = (ticks: XTick[]) => ticks.every((t, i) => i === 0 || ticks[i - 1]!.right + o.fontSize / 2 <= t.left);
  const xTicks = tickLabels([1, 3, 6, 12].find((s) => fits(tickLabels(s))) ?? 12);
  const yTicks = yValues.map((v) => ({ y: y(v), label: yLabel(v) }));

  const shapes = panel.points.map((point) => {
    const [v0, v1] = valueExtent(point);
    const yTop = v1 === null ? plot.y : y(v1);
    const yBottom = y(v0);
    const from = dayNumber(point.published.from);
    const to = dayNumber(point.published.to);
    const shape: MarkLayout['shape'] = point.published.precision === 'estimate' ? 'box' : 'bar';
    const cx = x((from + to) / 2);
    const box = shape === 'box' ? { x: x(from), w: Math.max(x(to) - x(from), o.barWidth) } : { x: cx - o.barWidth / 2, w: o.barWidth };
    // A box's arrow sits near its right end, clear of the label corner and of the bars inside it.
    const arrowX = v1 !== null ? null : shape === 'bar' ? cx : box.x + box.w - 12;
    return { point, shape, open: v1 === null, arrowX, ...box, y: yTop, h: Math.max(yBottom - yTop, 3) };
  });
  // Bars and every arrow are obstacles for labels; boxes are background.
  const obstacles: Box[] = shapes.filter((s) => s.shape === 'bar').map((s) => ({ x: s.x, y: s.y, w: s.w, h: s.h }));
  for (const s of shapes) if (s.arrowX !== null) obstacles.push({ x: s.arrowX - 5, y: s.y - 9, w: 10, h: 9 });
  obstacles.push({ x: 0, y: 0, w: o.width, h: lh }); // the unit caption above the plot
  const bounds: Box = { x: plot.x, y: lh, w: o.width - plot.x, h: plot.y + plot.h - lh };
  const order = [...shapes].sort((a, b) => (a.shape === b.shape ? 0 : a.shape === 'bar' ? -1 : 1));
  const place = (short: (s: (typeof shapes)[number]) => boolean) => {
    const taken = [...obstacles];
    return new Map(order.map((s) => [s, labelFor(s, o, lh, taken, bounds, short(s))]));
  };
  const clash = (labels: Map<unknown, Box>) => {
    const placed = [...labels.values()];
    return placed.some((a, i) => placed.slice(i + 1).some((b) => overlaps(a, b)) || shapes.some((s) => s.shape === 'bar' && overlaps(a, s)));
  };
  // Long labels first ("Qwen report, superseded", "memo digest (undated)");
  // where they crowd each other (a phone-width panel), bars and then every
  // mark fall back to the bare name.
  let labels = place(() => false);
  if (clash(labels)) labels = place((s) => s.shape === 'bar');
  if (clash(labels)) labels = place(() => true);
  return { width: o.width, height: plot.y + plot.h + lh * 2 + 14, plot, x, y, xTicks, yTicks, marks: shapes.map((s) => ({ ...s, label: labels.get(s)! })) };
}

function niceMonthTicks(dom: [number, number], plotHeight: number, lh: number): number[] {
  const perMonth = plotHeight / (dom[1] - dom[0]);
  const step = [1, 3, 6, 12].find((s) => perMonth * s >= lh * 1.4) ?? 12;
  const ticks: number[] = [];
  for (let i = Math.ceil(dom[0] / step) * step; i <= dom[1]; i += step) ticks.push(i);
  return ticks;
}

function labelFor(s: Omit<MarkLayout, 'label'>, o: LayoutOptions, lh: number, obstacles: Box[], bounds: Box, shortest = false): Box & { text: string } {
  const texts = o.markLabels(s.point);
  const candidates = (shortest ? texts.slice(-1) : texts).flatMap((text) => {
    const w = textWidth(text, o.fontSize);
    const top = s.y - (s.open && s.shape === 'bar' ? 9 : 0);
    const bottom = s.y + s.h;
    const spots =
      s.shape === 'bar'
        ? [
            { x: s.x + s.w + 3, y: top }, { x: s.x - 3 - w, y: top }, { x: s.x + s.w / 2 - w / 2, y: top - lh - 2 },
            { x: s.x + s.w + 3, y: bottom - lh }, { x: s.x - 3 - w, y: bottom - lh }, { x: s.x + s.w / 2 - w / 2, y: bottom + 2 },
          ]
        : [
            { x: s.x + 4, y: s.y + 3 }, { x: s.x + 4, y: bottom - lh - 3 }, { x: s.x + s.w - w - 4, y: s.y + 3 },
            { x: s.x + s.w - w - 4, y: bottom - lh - 3 }, { x: s.x + 4, y: bottom + 2 }, { x: s.x, y: s.y - lh - 2 },
            // Names are longer than the archive numbers were: on a phone a box crowded with bars needs more spots.
            { x: s.x + s.w / 2 - w / 2, y: s.y + 3 }, { x: s.x + s.w / 2 - w / 2, y: bottom - lh - 3 },
            { x: s.x + s.w - w, y: bottom + 2 }, { x: s.x + s.w - w, y: s.y - lh - 2 }, { x: s.x + s.w / 2 - w / 2, y: bottom + 2 },
          ];
    return spots.map((p) => ({ ...p, w, h: lh, text }));
  });
  return placeLabel(candidates, obstacles, bounds) as Box & { text: string };
}
