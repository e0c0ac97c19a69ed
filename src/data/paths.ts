/** getStaticPaths helpers: one entry per locale (× id), props typed. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { getSite } from './site.ts';

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
