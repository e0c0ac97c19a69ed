/**
 * What each page's social card says: the page's own title, from the same
 * data the page shows. Claims are the exception: every claim of one status
 * shares that status's card. Claims are the site's most numerous page (about
 * five per source), and a card costs ~17 ms of CPU to draw, more than the
 * page itself; per-claim cards were two thirds of all cards and most of the
 * build at 10,000 pages. A shared link still carries the claim's own words in
 * og:title and og:description; the card adds what text cannot: the status,
 * as a coloured badge.
 */
import { localeInfo, useStrings, type Locale } from '../../i18n/index.ts';
import type { Site } from '../derive.ts';
import { formatDate } from '../format.ts';
import type { ClaimStatus } from '../model.ts';
import { pageRoutes } from '../routes.ts';
import { ogImageUrl, statusCardUrl, type Route } from '../urls.ts';
import type { CardInput, Tone } from './card.ts';

const TONE: Record<ClaimStatus, Tone> = { corroborated: 'supports', 'single-source': 'muted', qualified: 'qualifies', contested: 'disputes', disputed: 'disputes' };

type CardSite = Pick<Site, 'sourceById' | 'statusById' | 'articles' | 'tagById'>;

/** What a card is drawn for: a page, or one claim status (shared by its claims). */
export type CardKey = Route | { kind: 'claim-status'; status: ClaimStatus };

/**
 * @example cardFor('en', { kind: 'claims' }, site, 'example.org').title === 'Claims matrix'
 */
export function cardFor(locale: Locale, route: CardKey, site: CardSite, host: string): CardInput {
  const t = useStrings(locale);
  const base = { locale, siteName: t.site.name, languageLabel: localeInfo(locale).label, footer: host };
  const section = (kicker: string, title: string) => ({ ...base, kicker, title });
  switch (route.kind) {
    case 'home':
      return { ...section(t.site.name, t.home.title), subtitle: t.site.tagline };
    case 'sources':
      return section(t.nav.sources, t.sources.title);
    case 'claims':
      return section(t.nav.claims, t.claims.title);
    case 'articles':
      return section(t.nav.articles, t.articles.title);
    case 'tags':
      return section(t.nav.tags, t.tags.title);
    case 'search':
      return section(t.nav.search, t.search.description);
    case 'data':
      return { ...section(t.data.title, t.data.datasetName), subtitle: 'CC BY 4.0 · JSON · CSV' };
    case 'source': {
      const s = site.sourceById.get(route.id)!;
      const showTranslation = (s.title.lang === 'zh-Hant') !== (locale === 'zh-TW');
      return { ...section(`${t.nav.sources} · ${t.sourceKind[s.kind]}`, s.title.published), ...(showTranslation && { subtitle: s.title.translation }) };
    }
    case 'claim-status':
      return { ...section(t.nav.claims, t.statusHelp[route.status]), badge: { text: t.status[route.status], tone: TONE[route.status] } };
    case 'article': {
      const a = site.articles[locale].find((x) => x.id === route.id)!;
      return section(`${t.nav.articles} · ${formatDate(a.updated, locale)}`, a.title);
    }
    case 'tag':
      return { ...section(t.nav.tags, site.tagById.get(route.id)!.label[locale]), subtitle: site.tagById.get(route.id)!.description[locale] };
    default:
      // Page kinds without a card of their own use the home card (see cardImage).
      return cardFor(locale, { kind: 'home' }, site, host);
  }
}

const CARD_KINDS = new Set<Route['kind']>(['home', 'sources', 'claims', 'articles', 'tags', 'search', 'data', 'source', 'article', 'tag']);

/**
 * Every card the build draws, per language: one per page kind that has its
 * own, one per source, article and topic, and one per claim status in use.
 */
export function cardKeys(site: Parameters<typeof pageRoutes>[0] & Pick<Site, 'statusById'>): CardKey[] {
  const used = new Set(site.statusById.values());
  return [
    ...pageRoutes(site).filter((r) => CARD_KINDS.has(r.kind)),
    ...(Object.keys(TONE) as ClaimStatus[]).filter((s) => used.has(s)).map((status) => ({ kind: 'claim-status' as const, status })),
  ];
}

/** @example cardUrl('en', { kind: 'claim-status', status: 'contested' }) === '/og/en/claims/status/contested.png' */
export function cardUrl(locale: Locale, key: CardKey): string {
  return key.kind === 'claim-status' ? statusCardUrl(locale, key.status) : ogImageUrl(locale, key);
}

/** Which card a page shows: its own; its status's for a claim; the home card for kinds without one and for the 404 page. */
function cardKeyOf(route: Route | null, site: Pick<Site, 'statusById'>): CardKey {
  if (route?.kind === 'claim') return { kind: 'claim-status', status: site.statusById.get(route.id)! };
  return route && CARD_KINDS.has(route.kind) ? route : { kind: 'home' };
}

/**
 * The card image of a page and its alt text. The alt text says what the card
 * shows, which is not always the page's title (a claim shows its status; a
 * comparison page, the home card).
 * @example cardImage('en', null, site).url === '/og/en.png'
 */
export function cardImage(locale: Locale, route: Route | null, site: CardSite): { url: string; alt: string } {
  const key = cardKeyOf(route, site);
  const card = cardFor(locale, key, site, '');
  return { url: cardUrl(locale, key), alt: [card.badge?.text, card.title].filter(Boolean).join(' · ') };
}
