// One URL per page kind, per locale, derived from the content (never
// hard-coded).
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';

const { content } = checkContentDir(contentDir());
export { content };

// Each kind is stood for by its most demanding page: the source with the
// longest claims table, the claim most sources speak to, an article with a
// Markdown table when there is one.
const positions = content.claims.flatMap((c) => c.data.positions);
const claimsOf = (sourceId: string) => positions.filter((p) => p.source === sourceId).length;
const source = [...content.sources].sort((a, b) => claimsOf(b.id) - claimsOf(a.id))[0]!;
const claim = [...content.claims].sort((a, b) => b.data.positions.length - a.data.positions.length)[0]!;
const article = content.articles.find((a) => /^\|.*\|\s*$/m.test(a.body)) ?? content.articles[0]!;

/** Ids of the page standing for each id-taking kind. */
// The pair of sources that share the most claims: the fullest comparison page.
const shared = (a: string, b: string) => content.claims.filter((c) => [a, b].every((s) => c.data.positions.some((p) => p.source === s))).length;
const ids = content.sources.map((s) => s.id).sort();
const pair = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const)).sort((x, y) => shared(...y) - shared(...x))[0]!;

export const SAMPLE = { source: source.id, claim: claim.id, article: article.id, tag: content.tags[0]!.id, compare: pair.join('--') };

export const ROUTES: Record<string, Route> = {
  home: { kind: 'home' },
  sources: { kind: 'sources' },
  source: { kind: 'source', id: SAMPLE.source },
  claims: { kind: 'claims' },
  claim: { kind: 'claim', id: SAMPLE.claim },
  articles: { kind: 'articles' },
  article: { kind: 'article', id: SAMPLE.article },
  tags: { kind: 'tags' },
  tag: { kind: 'tag', id: SAMPLE.tag },
  disagreements: { kind: 'disagreements' },
  compare: { kind: 'compare', id: SAMPLE.compare },
  search: { kind: 'search' },
  data: { kind: 'data' },
  method: { kind: 'method' },
  corrections: { kind: 'corrections' },
  translations: { kind: 'translations' },
};

export interface KindUrl {
  kind: string;
  locale: Locale | null;
  url: string;
  /** 404 for the not-found page, 200 otherwise. */
  status: number;
}

/** Every page kind in every locale, plus each locale's 404 and the landing page `/`. */
export function pageKindUrls(): KindUrl[] {
  return [
    { kind: 'landing', locale: null, url: '/', status: 200 },
    ...LOCALES.flatMap(({ code, path }) => [
      ...Object.entries(ROUTES).map(([kind, route]) => ({ kind, locale: code, url: localizedUrl(code, route), status: 200 })),
      { kind: '404', locale: code, url: `/${path}/no-such-page/`, status: 404 },
    ]),
  ];
}
