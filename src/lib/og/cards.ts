/** What each page's social card says: the page's own title, from the same data the page shows. */
import { localeInfo, useStrings, type Locale } from '../../i18n/index.ts';
import type { Site } from '../derive.ts';
import { formatDate } from '../format.ts';
import type { ClaimStatus } from '../model.ts';
import { ogImageUrl, type Route } from '../urls.ts';
import type { CardInput, Tone } from './card.ts';

const TONE: Record<ClaimStatus, Tone> = { corroborated: 'supports', 'single-source': 'muted', qualified: 'qualifies', contested: 'disputes', disputed: 'disputes' };

type CardSite = Pick<Site, 'sourceById' | 'claimById' | 'statusById' | 'articles' | 'tagById'>;

/**
 * @example cardFor('en', { kind: 'claims' }, site, 'example.org').title === 'Claims matrix'
 */
export function cardFor(locale: Locale, route: Route, site: CardSite, host: string): CardInput {
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
    case 'claim': {
      const c = site.claimById.get(route.id)!;
      const status = site.statusById.get(route.id)!;
      return { ...section(`${t.nav.claims} · ${t.claimKind[c.kind]}`, c.statement[locale]), badge: { text: t.status[status], tone: TONE[status] } };
    }
    case 'article': {
      const a = site.articles[locale].find((x) => x.id === route.id)!;
      return section(`${t.nav.articles} · ${formatDate(a.updated, locale)}`, a.title);
    }
    case 'tag':
      return { ...section(t.nav.tags, site.tagById.get(route.id)!.label[locale]), subtitle: site.tagById.get(route.id)!.description[locale] };
    default:
      // Page kinds without a card of their own use the home card (see cardImageUrl).
      return cardFor(locale, { kind: 'home' }, site, host);
  }
}

const CARD_KINDS = new Set<Route['kind']>(['home', 'sources', 'claims', 'articles', 'tags', 'search', 'data', 'source', 'claim', 'article', 'tag']);

/**
 * The card image of a page: its own, or the home card for page kinds without
 * one and for pages without a route (404).
 * @example cardImageUrl('en', null) === '/og/en.png'
 */
export function cardImageUrl(locale: Locale, route: Route | null): string {
  return ogImageUrl(locale, route && CARD_KINDS.has(route.kind) ? route : { kind: 'home' });
}
