/** getStaticPaths helpers: one entry per locale (× id), props typed. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { getSite } from './site.ts';
import { getTranslationPages } from './translations.ts';

export interface LocaleProps {
  locale: Locale;
}

export function localePaths() {
  return LOCALES.map((l) => ({ params: { lang: l.path }, props: { locale: l.code as Locale } }));
}

/** One page per locale per id of the chosen kind. */
export async function idPaths(kind: 'sources' | 'claims' | 'tags' | 'articles') {
  const site = await getSite();
  return LOCALES.flatMap((l) => {
    const locale = l.code as Locale;
    const ids = kind === 'articles' ? site.articles[locale].map((a) => a.id) : site[kind].map((x) => x.id);
    return ids.map((id) => ({ params: { lang: l.path, id }, props: { locale, id } }));
  });
}

/** One comparison page per locale per pair of sources. */
export async function pairPaths() {
  const site = await getSite();
  return LOCALES.flatMap((l) => [...site.comparisons.keys()].map((id) => ({ params: { lang: l.path, id }, props: { locale: l.code as Locale, id } })));
}

export interface PageProps extends LocaleProps {
  page: number;
}

/** Pages 2…n of a paginated list, per locale (page 1 is the list's index route). */
export async function pagedPaths(kind: 'claims' | 'sources' | 'articles' | 'disagreements' | 'translations') {
  const site = await getSite();
  // Read only when asked: it runs `git log` (once per build).
  const translations = kind === 'translations' ? (await getTranslationPages()).length : 0;
  return LOCALES.flatMap((l) => {
    const locale = l.code as Locale;
    const pages = {
      claims: site.matrixPages.length,
      sources: site.sourcePages.length,
      articles: site.articlePages[locale].length,
      disagreements: site.disputePages.length,
      translations,
    }[kind];
    return Array.from({ length: pages - 1 }, (_, i) => ({ params: { lang: l.path, page: String(i + 2) }, props: { locale, page: i + 2 } satisfies PageProps }));
  });
}

/** Pages 2…n of each topic with more items than one page holds, per locale. */
export async function tagPagePaths() {
  const site = await getSite();
  return LOCALES.flatMap((l) => {
    const locale = l.code as Locale;
    return site.tags.flatMap((tag) => {
      const pages = site.tagPages[locale].get(tag.id)!.length;
      return Array.from({ length: pages - 1 }, (_, i) => ({ params: { lang: l.path, id: tag.id, page: String(i + 2) }, props: { locale, id: tag.id, page: i + 2 } }));
    });
  });
}
