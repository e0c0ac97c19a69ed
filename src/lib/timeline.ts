/**
 * The timeline's data: every position that carries a `plot`, placed at the
 * publication date of its source. Undated sources are placed over their
 * labelled estimate, never at a guessed day. Pure data, no geometry.
 */
import type { Localized, MoneyPlot, MonthPlot, Stance } from '../schemas/index.ts';
import type { Claim, Source } from './model.ts';
import { monthIndex } from './chart/scale.ts';
import { sourceCode } from './sources.ts';

export type PlotUnit = 'month' | 'usd-billion';

/** When a source was published, as an interval of days (equal ends for a known day). */
export interface Published {
  from: string;
  to: string;
  /** 'estimate' = the source is undated and the interval is the site's labelled estimate. */
  precision: 'day' | 'month' | 'estimate';
}

export interface TimelinePoint {
  claimId: string;
  sourceId: string;
  /** The archive number (000–004): orders points of one day, never shown to readers. */
  code: string;
  /** What readers call the source, per locale, and its mark: the chart labels marks with them. */
  name: Localized;
  mark: Source['mark'];
  stance: Stance;
  overtaken: boolean;
  value: Localized;
  published: Published;
  /** The value on the y axis: months as YYYY-MM (open end = null), money in billions. */
  y: { from: string; to: string | null } | { low: number; high: number };
}

export interface TimelinePanel {
  claim: Claim;
  unit: PlotUnit;
  points: TimelinePoint[];
}

const lastDayOfMonth = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * A source's publication as a day interval, or null if it cannot be placed.
 * @example publishedInterval({ published: { precision: 'month', date: '2026-04', statedIn } })
 *   // { from: '2026-04-01', to: '2026-04-30', precision: 'month' }
 */
export function publishedInterval(source: Pick<Source, 'published'>): Published | null {
  const p = source.published;
  if (p.precision === 'day') return { from: p.date, to: p.date, precision: 'day' };
  if (p.precision === 'month') return { from: `${p.date}-01`, to: lastDayOfMonth(p.date), precision: 'month' };
  return p.estimate ? { from: p.estimate.earliest, to: p.estimate.latest, precision: 'estimate' } : null;
}

const unitOf = (plot: MonthPlot | MoneyPlot): PlotUnit => ('from' in plot ? 'month' : plot.unit);
const yOf = (plot: MonthPlot | MoneyPlot): TimelinePoint['y'] =>
  'from' in plot ? { from: plot.from, to: plot.to ?? null } : { low: plot.low, high: plot.high };
const yStart = (p: TimelinePoint) => ('from' in p.y ? monthIndex(p.y.from) : p.y.low);

/**
 * One panel per claim that has plotted positions: month panels first, each
 * unit's panels in order of their earliest value, points oldest source first.
 * @example timelinePanels(site.claims, site.sources).map((p) => p.claim.id)
 *   // ['original-release-target', 'release-window', 'capex-2026-range']
 */
export function timelinePanels(claims: readonly Claim[], sources: readonly Source[]): TimelinePanel[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const panels: TimelinePanel[] = [];
  for (const claim of claims) {
    const points: TimelinePoint[] = [];
    for (const pos of claim.positions) {
      const source = byId.get(pos.source);
      const published = source && publishedInterval(source);
      if (!pos.plot || !pos.value || !source || !published) continue;
      points.push({
        claimId: claim.id,
        sourceId: source.id,
        code: sourceCode(source),
        name: source.shortName,
        mark: source.mark,
        stance: pos.stance,
        overtaken: pos.overtaken,
        value: pos.value,
        published,
        y: yOf(pos.plot),
      });
    }
    if (points.length === 0) continue;
    points.sort((a, b) => a.published.from.localeCompare(b.published.from) || a.code.localeCompare(b.code));
    panels.push({ claim, unit: unitOf(claim.positions.find((p) => p.plot)!.plot!), points });
  }
  const first = (p: TimelinePanel) => Math.min(...p.points.map(yStart));
  return panels.sort((a, b) => (a.unit === b.unit ? first(a) - first(b) || a.claim.id.localeCompare(b.claim.id) : a.unit === 'month' ? -1 : 1));
}
