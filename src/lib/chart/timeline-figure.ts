/**
 * Everything the timeline component draws, computed here so the component
 * only renders: two layouts per panel (a wide one, and a taller narrow one
 * for phones, so text is never scaled below legibility) and the sentences
 * of each panel's text alternative.
 */
import type { Locale } from '../../i18n/locales.ts';
import { fmtText, formatDate, formatMonthShort, formatNumber } from '../format.ts';
import type { TimelinePanel, TimelinePoint } from '../timeline.ts';
import { layoutPanel, xDomain, yDomain, type LayoutOptions, type PanelLayout } from './timeline-layout.ts';

/** Design widths in CSS pixels: the wide layout for ≥ 48rem, the narrow for phones (390 px wide, 350 px of content). */
export const VARIANTS = {
  wide: { width: 960, plotHeight: 190, fontSize: 13, barWidth: 8 },
  narrow: { width: 350, plotHeight: 230, fontSize: 12, barWidth: 5 },
} as const;
export type Variant = keyof typeof VARIANTS;

export interface FigureStrings {
  estimateLabel: string;
  overtakenLabel: string;
  pointDated: string;
  pointEstimated: string;
  pointOvertaken: string;
}

export interface FigurePanel {
  panel: TimelinePanel;
  layouts: Record<Variant, PanelLayout>;
  /** One sentence per point, in point order: the SVG's <desc>. */
  sentences: string[];
}

/**
 * Lays out every panel in both variants with shared axes. Marks are labelled
 * directly with the sources' short names (no legend to decode); an undated
 * source and an overtaken forecast say so in their label, with the bare name
 * as the fallback where the longer label does not fit.
 */
export function timelineFigure(panels: readonly TimelinePanel[], locale: Locale, t: FigureStrings): FigurePanel[] {
  if (panels.length === 0) return [];
  const xDom = xDomain(panels);
  const common: Omit<LayoutOptions, keyof (typeof VARIANTS)['wide'] | 'formatMonth'> = {
    formatNumber: (n) => formatNumber(n, locale),
    markLabels: (p) => {
      const name = p.name[locale];
      // Last resort on a crowded phone-width panel: the mark's letter, as on its chip everywhere else.
      if (p.published.precision === 'estimate') return [fmtText(t.estimateLabel, { name }, locale), name, p.mark.glyph];
      if (p.overtaken) return [fmtText(t.overtakenLabel, { name }, locale), name, p.mark.glyph];
      return [name, p.mark.glyph];
    },
  };
  return panels.map((panel) => {
    const yDom = yDomain(panels, panel.unit);
    // The phone-width drawing writes Chinese axis months without the style
    // guide's spaces (2026年1月): the only place the site trades that rule
    // for room, so that two or more ticks fit beside the y-axis labels.
    const layouts = {
      wide: layoutPanel(panel, xDom, yDom, { ...common, ...VARIANTS.wide, formatMonth: (ym, withYear) => formatMonthShort(ym, locale, withYear) }),
      narrow: layoutPanel(panel, xDom, yDom, { ...common, ...VARIANTS.narrow, formatMonth: (ym, withYear) => formatMonthShort(ym, locale, withYear, true) }),
    };
    return { panel, layouts, sentences: panel.points.map((p) => pointSentence(p, locale, t)) };
  });
}

/**
 * @example pointSentence(point, 'en', strings)
 *   // 'The Qwen report, published December 11, 2025, gives Q1 2026. Later sources overtook this forecast.'
 */
export function pointSentence(p: TimelinePoint, locale: Locale, t: FigureStrings): string {
  const value = p.value[locale];
  const name = p.name[locale];
  const base =
    p.published.precision === 'estimate'
      ? fmtText(t.pointEstimated, { name, value, from: formatDate(p.published.from, locale), to: formatDate(p.published.to, locale) }, locale)
      : fmtText(t.pointDated, { name, value, date: formatDate(p.published.precision === 'month' ? p.published.from.slice(0, 7) : p.published.from, locale) }, locale);
  return p.overtaken ? joinSentences([base, t.pointOvertaken]) : base;
}

/**
 * Joins sentences the way their script does: a space after Latin
 * punctuation, nothing after a full-width stop.
 * @example joinSentences(['A.', 'B.']) === 'A. B.'
 * @example joinSentences(['甲。', '乙。']) === '甲。乙。'
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((acc, s) => (acc === '' ? s : /[\u3000-\u303f\uff00-\uffef]$/u.test(acc) ? acc + s : `${acc} ${s}`), '');
}
