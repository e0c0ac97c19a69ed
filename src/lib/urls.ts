/**
 * Every internal URL is built here, from a locale and ids; never from
 * translated text. One trailing-slash style: every page URL ends in '/'.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';

/** Page kinds that take an id. `compare` takes `<source-a>--<source-b>`. */
type IdKind = 'source' | 'claim' | 'article' | 'tag' | 'compare';
export type RouteKind = 'home' | 'sources' | 'claims' | 'articles' | 'tags' | 'search' | 'data' | 'disagreements' | IdKind;

/** A page, independent of language: the language switcher maps it across. */
export type Route = { kind: Exclude<RouteKind, IdKind> } | { kind: IdKind; id: string };

const SECTION: Record<RouteKind, string> = {
  home: '',
  sources: 'sources',
  source: 'sources',
  claims: 'claims',
  claim: 'claims',
  articles: 'articles',
  article: 'articles',
  tags: 'tags',
  tag: 'tags',
  search: 'search',
  data: 'data',
  disagreements: 'disagreements',
  compare: 'compare',
};

/**
 * @example localizedUrl('zh-TW', { kind: 'claim', id: 'release-window' }, 'source-mlq')
 *   === '/zh-tw/claims/release-window/#source-mlq'
 */
export function localizedUrl(locale: Locale, route: Route, anchor?: string): string {
  const parts = [localeInfo(locale).path, SECTION[route.kind], 'id' in route ? route.id : ''].filter(Boolean);
  return `/${parts.join('/')}/${anchor ? `#${anchor}` : ''}`;
}

/** Anchor of a claim's row on a source page. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
/** Anchor of a source's position on a claim page. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
