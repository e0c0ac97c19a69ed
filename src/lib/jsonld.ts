/**
 * schema.org JSON-LD for articles (NewsArticle), claim pages (ClaimReview)
 * and the data page (Dataset). Everything comes from the content and the
 * dictionaries: the site is the author (an Organization, never an invented
 * person), and a source's URL appears only where the content states it.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, otherLocales, useStrings, type Locale } from '../i18n/index.ts';
import { publicationSortKey } from './derive.ts';
import type { Article, ClaimStatus, Claim, Source, Tag } from './model.ts';
import { LICENSE_URL, OPEN_DATA_COLUMNS } from './opendata.ts';
import { DATA_FILES, localizedUrl, ogImageUrl, statusCardUrl, type Route } from './urls.ts';

type Ld = Record<string, unknown>;
const CONTEXT = 'https://schema.org';
const abs = (path: string, siteUrl: URL | string) => new URL(path, siteUrl).href;
const pageUrl = (locale: Locale, route: Route, siteUrl: URL | string) => abs(localizedUrl(locale, route), siteUrl);

/** The site as author and publisher. */
export function siteOrganization(siteUrl: URL | string): Ld {
  return { '@type': 'Organization', name: useStrings(DEFAULT_LOCALE).site.name, url: abs('/', siteUrl), logo: abs('/icon-512.png', siteUrl) };
}

/** A source document as a CreativeWork: only what the content states (no URL unless known). */
export function sourceWork(source: Source): Ld {
  const p = source.published;
  return {
    '@type': 'CreativeWork',
    headline: source.title.published,
    inLanguage: source.title.lang,
    ...(p.precision !== 'unknown' && { datePublished: p.date }),
    ...(source.url && { url: source.url }),
    ...(source.outlet && { publisher: { '@type': 'Organization', name: source.outlet } }),
  };
}

/**
 * NewsArticle for one language version of an article. The default locale's
 * version is the work; the others are its translations.
 * @example newsArticleLd(article, sources, tags, site).headline === article.title
 */
export function newsArticleLd(article: Article, sources: readonly Source[], tags: readonly Tag[], siteUrl: URL | string): Ld {
  const { locale, id } = article;
  const route: Route = { kind: 'article', id };
  const ref = (l: Locale) => ({ '@type': 'NewsArticle', '@id': `${pageUrl(l, route, siteUrl)}#article`, url: pageUrl(l, route, siteUrl), inLanguage: l });
  const org = siteOrganization(siteUrl);
  return {
    '@context': CONTEXT,
    ...ref(locale),
    mainEntityOfPage: pageUrl(locale, route, siteUrl),
    headline: article.title,
    description: article.description,
    datePublished: utcTimestamp(article.published),
    dateModified: utcTimestamp(article.updated),
    image: abs(ogImageUrl(locale, route), siteUrl),
    author: org,
    publisher: org,
    about: tags.map((t) => ({ '@type': 'Thing', name: t.label[locale], url: pageUrl(locale, { kind: 'tag', id: t.id }, siteUrl) })),
    citation: sources.map(sourceWork),
    ...(locale === DEFAULT_LOCALE ? { workTranslation: otherLocales(locale).map(ref) } : { translationOfWork: ref(DEFAULT_LOCALE) }),
  };
}

/**
 * A content date (a calendar day) as the full UTC timestamp schema.org
 * readers expect. Content records the day only, so the time is midnight UTC:
 * never the build's clock, which would change the output from run to run.
 * @example utcTimestamp('2026-11-25') === '2026-11-25T00:00:00Z'
 */
export function utcTimestamp(day: string): string {
  return `${day}T00:00:00Z`;
}

/** Who published a claim, where the content knows: the outlets of the sources that state it. */
function claimAuthor(sources: readonly Source[]): Ld | Ld[] | undefined {
  const outlets = [...new Set(sources.map((s) => s.outlet).filter((o): o is string => o !== null))];
  const orgs = outlets.map((name) => ({ '@type': 'Organization', name }));
  return orgs.length > 1 ? orgs : orgs[0];
}

/** Positions' sources in date order; undated sources have no place in it. */
const dated = (sources: readonly Source[]) =>
  sources
    .filter((s) => s.published.precision !== 'unknown')
    .sort((a, b) => publicationSortKey(a)!.localeCompare(publicationSortKey(b)!));

/**
 * ClaimReview for a claim page. Its rating is the verdict the page leads
 * with, and the verdict's reason; a status (contested, corroborated…)
 * describes the evidence, not the site's judgement, and a search result
 * showing one while the page shows the other would disagree with the page.
 * The claim appears in the sources that state it (support or qualify it);
 * it first appeared in the earliest dated source that supports it.
 * @example claimReviewLd(claim, 'contested', sources, 'en', site).reviewRating.alternateName === 'Likely' // claim.verdict.label === 'likely'
 */
export function claimReviewLd(claim: Claim, status: ClaimStatus, sources: readonly Source[], locale: Locale, siteUrl: URL | string): Ld {
  const t = useStrings(locale);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const withStance = (...stances: string[]) => claim.positions.filter((p) => stances.includes(p.stance)).map((p) => byId.get(p.source)!).filter(Boolean);
  const stating = withStance('supports', 'qualifies');
  const appearance = stating.map(sourceWork);
  const first = dated(withStance('supports'))[0];
  const author = claimAuthor(stating);
  const route: Route = { kind: 'claim', id: claim.id };
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    url: pageUrl(locale, route, siteUrl),
    inLanguage: locale,
    // The whole claim as the page states it: the 75-character advice was for
    // a rich result Google has retired, and a cut claim misquotes our own page.
    claimReviewed: claim.statement[locale],
    author: siteOrganization(siteUrl),
    image: abs(statusCardUrl(locale, status), siteUrl),
    reviewRating: { '@type': 'Rating', alternateName: t.verdictLabel[claim.verdict.label], ratingExplanation: claim.verdict.reason[locale] },
    itemReviewed: {
      '@type': 'Claim',
      ...(author && { author }),
      ...(appearance.length > 0 && { appearance }),
      ...(first && { firstAppearance: sourceWork(first) }),
    },
  };
}

/** Dataset for the data page: the claims table in both languages, JSON and CSV. */
export function datasetLd(locale: Locale, siteUrl: URL | string): Ld {
  const t = useStrings(locale);
  const download = (format: string, path: string) => ({ '@type': 'DataDownload', encodingFormat: format, contentUrl: abs(path, siteUrl) });
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    url: pageUrl(locale, { kind: 'data' }, siteUrl),
    name: t.data.datasetName,
    description: t.data.description,
    inLanguage: LOCALE_CODES,
    license: LICENSE_URL,
    isAccessibleForFree: true,
    creator: siteOrganization(siteUrl),
    publisher: siteOrganization(siteUrl),
    variableMeasured: OPEN_DATA_COLUMNS,
    distribution: [download('application/json', DATA_FILES.json), download('text/csv', DATA_FILES.csv)],
  };
}

/**
 * Serialises JSON-LD for a <script> element: `<` is escaped so no text in
 * the content can close the element early.
 * @example jsonLdText({ a: '</script>' }) === '{"a":"\\u003c/script>"}'
 */
export function jsonLdText(ld: Ld): string {
  return JSON.stringify(ld).replaceAll('<', '\\u003c');
}
