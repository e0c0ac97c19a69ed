/**
 * The hreflang cluster of a page: the same page in every locale, plus the
 * x-default a search engine shows a reader whose language matches none.
 * One function for the page heads and the sitemap, so the two agree.
 */
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { localizedUrl, type Route } from './urls.ts';

/** The bilingual landing page: the home pages' language chooser. */
export const LANDING_PATH = '/';

export interface Alternate {
  /** A locale code, or 'x-default'. */
  lang: string;
  /** Site-relative path. */
  path: string;
}

/**
 * Every language version of `route`, then x-default. The home pages' x-default
 * is the landing page, which lets the reader choose; `/` itself belongs to the
 * same cluster, so `/`, `/en/` and `/zh-tw/` all declare the same four links.
 * Other pages default to the default locale's version.
 * @example hreflangAlternates({ kind: 'home' }).at(-1) // { lang: 'x-default', path: '/' }
 */
export function hreflangAlternates(route: Route): Alternate[] {
  const versions = LOCALES.map((l) => ({ lang: l.code as string, path: localizedUrl(l.code, route) }));
  const fallback = route.kind === 'home' && !route.page ? LANDING_PATH : localizedUrl(DEFAULT_LOCALE, route);
  return [...versions, { lang: 'x-default', path: fallback }];
}
