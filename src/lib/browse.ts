/**
 * What the search page offers without JavaScript. A small site lists every
 * page worth finding; past BROWSE_ALL_CAP items that list would outgrow the
 * page's weight budget (issue 7), so it links to the index pages instead,
 * which list everything page by page.
 */
import { useStrings } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Site } from './derive.ts';
import { sourceName } from './sources.ts';
import { localizedUrl } from './urls.ts';

/** Items (articles + sources + claims + topics) above which the search page links to the lists instead. */
export const BROWSE_ALL_CAP = 120;

export interface BrowseLink {
  href: string;
  text: string;
  /** Set on a source's link: the page shows the source by mark, short name and title (SourceItem). */
  sourceId?: string;
}

export interface BrowseGroup {
  heading: string;
  links: BrowseLink[];
}

export interface Browse {
  /** True when `groups` link to every item; false when they link to the index pages. */
  complete: boolean;
  /** Articles + sources + claims + topics in this language. */
  total: number;
  groups: BrowseGroup[];
}

type BrowseSite = Pick<Site, 'articles' | 'sources' | 'claims' | 'tags'>;

/**
 * @example browse(site, 'en').complete // true for the five-source site
 * @example browse(site, 'en', 0).groups.map((g) => g.links.length) // [1, 1, 1, 1]
 */
export function browse(site: BrowseSite, locale: Locale, cap = BROWSE_ALL_CAP): Browse {
  const t = useStrings(locale);
  const articles = site.articles[locale];
  const total = articles.length + site.sources.length + site.claims.length + site.tags.length;
  const index = (heading: string, kind: 'articles' | 'sources' | 'claims' | 'tags', text: string) => ({ heading, links: [{ href: localizedUrl(locale, { kind }), text }] });
  if (total > cap) {
    return {
      complete: false,
      total,
      groups: [
        index(t.nav.articles, 'articles', t.articles.title),
        index(t.nav.sources, 'sources', t.sources.title),
        index(t.nav.claims, 'claims', t.claims.title),
        index(t.nav.tags, 'tags', t.tags.title),
      ],
    };
  }
  return {
    complete: true,
    total,
    groups: [
      { heading: t.nav.articles, links: articles.map((a) => ({ href: localizedUrl(locale, { kind: 'article', id: a.id }), text: a.title })) },
      { heading: t.nav.sources, links: site.sources.map((s) => ({ href: localizedUrl(locale, { kind: 'source', id: s.id }), text: sourceName(s, locale), sourceId: s.id })) },
      { heading: t.nav.claims, links: site.claims.map((c) => ({ href: localizedUrl(locale, { kind: 'claim', id: c.id }), text: c.statement[locale] })) },
      { heading: t.nav.tags, links: site.tags.map((tag) => ({ href: localizedUrl(locale, { kind: 'tag', id: tag.id }), text: tag.label[locale] })) },
    ],
  };
}
