/**
 * A timeline panel's takeaway title: what to notice, computed from the
 * plotted points and written from dictionary templates with named
 * placeholders (publication design guide: "a chart's title is its takeaway").
 *  - slid:   a forecast that sources moved past ("The forecast slid from Q1 2026 to May–June 2026")
 *  - spread: the range of answers ("The sources' answers run from Q4 2025 to March 2026")
 *  - money:  the range of figures ("The figures run from $115B to $145B")
 */
import type { Locale } from '../../i18n/locales.ts';
import { fmt, fmtText, formatDate, formatNumber } from '../format.ts';
import type { TimelinePanel, TimelinePoint } from '../timeline.ts';
import { monthIndex } from './scale.ts';

export interface TakeawayStrings {
  slid: string;
  spread: string;
  money: string;
  /** "Q{q} {year}" */
  quarter: string;
  /** "{from}–{to} {year}" for months of one year */
  monthRange: string;
  /** "{month} or later" */
  orLater: string;
  /** A money amount in billions: "${n}B" / "{n} 億美元" (n already in the right unit). */
  billions: string;
  /** zh counts money in 億 (0.1 billion): 10; en in billions: 1. */
  billionsFactor: number;
}

type MonthY = { from: string; to: string | null };
const isMonth = (y: TimelinePoint['y']): y is MonthY => 'from' in y;

/**
 * A month window in words.
 * @example monthWindow({ from: '2026-01', to: '2026-03' }, 'en', t) === 'Q1 2026'
 * @example monthWindow({ from: '2026-05', to: '2026-06' }, 'en', t) === 'May–June 2026'
 * @example monthWindow({ from: '2026-05', to: null }, 'en', t) === 'May 2026 or later'
 */
export function monthWindow(y: MonthY, locale: Locale, t: TakeawayStrings): string {
  const [fy, fm] = y.from.split('-').map(Number) as [number, number];
  if (y.to === null) return fmt(t.orLater, { month: formatDate(y.from, locale) });
  if (y.to === y.from) return formatDate(y.from, locale);
  const [ty, tm] = y.to.split('-').map(Number) as [number, number];
  if (fy === ty && fm % 3 === 1 && tm === fm + 2) return fmtText(t.quarter, { q: (fm + 2) / 3, year: fy }, locale);
  if (fy === ty) return fmtText(t.monthRange, { from: monthName(fm, locale), to: monthName(tm, locale), year: fy }, locale);
  return `${formatDate(y.from, locale)} – ${formatDate(y.to, locale)}`;
}

const EN_MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
// Chinese month ranges are written with digits (2026 年 5–6 月), so only English needs the name.
const monthName = (m: number, locale: Locale) => (locale === 'en' ? EN_MONTH.format(new Date(Date.UTC(2000, m - 1, 1))) : String(m));

const start = (p: TimelinePoint) => (isMonth(p.y) ? monthIndex(p.y.from) : p.y.low);
const width = (p: TimelinePoint) => (isMonth(p.y) ? (p.y.to === null ? Infinity : monthIndex(p.y.to) - monthIndex(p.y.from)) : p.y.high - p.y.low);

/** The panel's takeaway title, or null when it has no points. */
export function panelTakeaway(panel: TimelinePanel, locale: Locale, t: TakeawayStrings): string | null {
  const pts = panel.points;
  if (pts.length === 0) return null;
  if (panel.unit !== 'month') {
    const money = (n: number) => fmtText(t.billions, { n: formatNumber(n * t.billionsFactor, locale) }, locale);
    const lows = pts.map((p) => ('low' in p.y ? p.y.low : 0));
    const highs = pts.map((p) => ('high' in p.y ? p.y.high : 0));
    return fmtText(t.money, { low: money(Math.min(...lows)), high: money(Math.max(...highs)) }, locale);
  }
  const current = pts.filter((p) => !p.overtaken);
  // The latest window the current evidence gives; of equal starts, the most specific.
  const latest = [...(current.length ? current : pts)].sort((a, b) => start(b) - start(a) || width(a) - width(b))[0]!;
  const overtaken = pts.filter((p) => p.overtaken);
  if (panel.claim.kind === 'forecast' && overtaken.length > 0) {
    const first = [...overtaken].sort((a, b) => a.published.from.localeCompare(b.published.from))[0]!;
    return fmtText(t.slid, { from: monthWindow(first.y as MonthY, locale, t), to: monthWindow(latest.y as MonthY, locale, t) }, locale);
  }
  const earliest = [...pts].sort((a, b) => start(a) - start(b) || width(a) - width(b))[0]!;
  return fmtText(t.spread, { from: monthWindow(earliest.y as MonthY, locale, t), to: monthWindow(latest.y as MonthY, locale, t) }, locale);
}
