/** Every page of the site as a language-neutral route, for cards, sitemaps and lists. */
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { Site } from './derive.ts';
import type { Route } from './urls.ts';

/**
 * The routes built in every language, index pages first. Articles pair by
 * id across languages (the content checks guarantee it), so one list serves all.
 * @example pageRoutes(site)[0] // { kind: 'home' }
 */
export function pageRoutes(site: Pick<Site, 'sources' | 'claims' | 'articles' | 'tags'>): Route[] {
  return [
    ...(['home', 'sources', 'claims', 'articles', 'tags', 'search', 'data', 'method', 'corrections'] as const).map((kind) => ({ kind })),
    ...site.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
    ...site.claims.map((c) => ({ kind: 'claim' as const, id: c.id })),
    ...site.articles[DEFAULT_LOCALE].map((a) => ({ kind: 'article' as const, id: a.id })),
    ...site.tags.map((t) => ({ kind: 'tag' as const, id: t.id })),
  ];
}
