/**
 * The social card (Open Graph image) as a satori element tree: plain
 * objects, no React. One layout for every page; what varies is the kicker,
 * the title, an optional subtitle and status badge.
 */
import type { Locale } from '../../i18n/locales.ts';
import { balanceLines, textUnits } from './lines.ts';

export { textUnits };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The family name the renderer registers the shipped font under. */
export const CARD_FONT = 'Card';

export type Tone = 'supports' | 'disputes' | 'qualifies' | 'muted';

export interface CardInput {
  locale: Locale;
  siteName: string;
  /** Language label shown in the corner ("English", "正體中文"). */
  languageLabel: string;
  /** What kind of page: "Claims · Fact". */
  kicker: string;
  title: string;
  subtitle?: string;
  badge?: { text: string; tone: Tone };
  /** The site's host, bottom right. */
  footer: string;
}

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string; src?: string; width?: number; height?: number };
}

const COLORS = { bg: '#fdfcf9', fg: '#1d1f21', muted: '#5a5f66', rule: '#d9d6cf', accent: '#2f5d3a', supports: '#1e6b3a', disputes: '#a1262b', qualifies: '#7a5a00' };

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({ type, props: { style, children } });

/** A title size that keeps any title within four lines. */
export function titleSize(title: string): number {
  const units = textUnits(title);
  return units <= 40 ? 72 : units <= 80 ? 60 : units <= 130 ? 50 : 42;
}

/** Width of the title's text column in px: the card minus the accent bar and the padding. */
export const TITLE_WIDTH = OG_WIDTH - 18 - 64 - 72;
/** How many text units (a Han character is two) fit on one title line at `size` px, with a margin for wide Latin letters. */
export const lineCapacity = (size: number) => Math.floor(TITLE_WIDTH / (size * 0.58));

/** @example cardElement(card, icon).props.children // [accent bar, body] */
export function cardElement(card: CardInput, iconDataUri: string): CardNode {
  const c = COLORS;
  const badge = card.badge && el('div', { display: 'flex', fontSize: 26, color: c[card.badge.tone === 'muted' ? 'muted' : card.badge.tone], border: `3px solid ${c[card.badge.tone === 'muted' ? 'muted' : card.badge.tone]}`, borderRadius: 999, padding: '4px 22px' }, card.badge.text);
  const top = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 18 }, [
      { type: 'img', props: { src: iconDataUri, width: 56, height: 56 } },
      el('div', { fontSize: 32, color: c.accent }, card.siteName),
    ]),
    el('div', { fontSize: 24, color: c.muted }, card.languageLabel),
  ]);
  const middle = el('div', { display: 'flex', flexDirection: 'column', gap: 16 }, [
    el('div', { fontSize: 28, color: c.muted }, card.kicker),
    // Our own balanced lines (src/lib/og/lines.ts), one block each, so no character is left alone on a line.
    el('div', { display: 'flex', flexDirection: 'column', fontSize: titleSize(card.title), lineHeight: 1.25, color: c.fg },
      balanceLines(card.title, lineCapacity(titleSize(card.title))).map((line) => el('div', { whiteSpace: 'nowrap' }, line))),
    ...(card.subtitle ? [el('div', { fontSize: 28, color: c.muted }, card.subtitle)] : []),
  ]);
  const bottom = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderTop: `2px solid ${c.rule}`, paddingTop: 22 }, [
    badge ?? el('div', {}, ''),
    el('div', { fontSize: 24, color: c.muted }, card.footer),
  ]);
  return el('div', { display: 'flex', width: '100%', height: '100%', background: c.bg, fontFamily: CARD_FONT }, [
    el('div', { width: 18, height: '100%', background: c.accent }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px 48px 64px' }, [top, middle, bottom]),
  ]);
}
