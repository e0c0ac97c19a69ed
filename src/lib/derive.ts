/**
 * Derived views of the content: claim status, each source's claims, the
 * claims × sources matrix and the tag index. `deriveSite` computes them all
 * once per build; pages only look things up.
 */
import type { Locale } from '../i18n/locales.ts';
import { buildComparisons, partners, type Comparison } from './compare.ts';
import { timelinePanels, type TimelinePanel } from './timeline.ts';
import { paginate, type Slice } from './paginate.ts';
import { claimTally, currentPositions, type Tally } from './evidence.ts';
import { CLAIM_STATUSES, type Article, type Claim, type ClaimStatus, type ContentSet, type Correction, type Position, type Source, type Tag } from './model.ts';

/** What status and disagreement read of a position: its stance, and whether a later source overtook it. */
export type StatusEvidence = Pick<Position, 'stance'> & { overtaken?: boolean };

/**
 * The status of a claim, from the stances of its CURRENT positions: a
 * forecast marked overtaken stays on the page as superseded but counts for
 * nothing here (src/lib/evidence.ts).
 * - corroborated: two or more support, none disputes
 * - contested: some support, some dispute
 * - single-source: exactly one supports, none disputes
 * - disputed: only disputes (no support)
 * - qualified: nobody supports or disputes outright; sources only qualify it
 * @example claimStatus([{ stance: 'supports' }, { stance: 'disputes' }]) === 'contested'
 * @example claimStatus([{ stance: 'supports' }, { stance: 'supports' }, { stance: 'disputes', overtaken: true }]) === 'corroborated'
 */
export function claimStatus(positions: readonly StatusEvidence[]): ClaimStatus {
  const current = currentPositions(positions);
  const supports = current.filter((p) => p.stance === 'supports').length;
  const disputes = current.filter((p) => p.stance === 'disputes').length;
  if (supports > 0 && disputes > 0) return 'contested';
  if (disputes > 0) return 'disputed';
  if (supports >= 2) return 'corroborated';
  if (supports === 1) return 'single-source';
  return 'qualified';
}

/**
 * How much the sources disagree on a claim, for "most contested" lists:
 * status first (contested before disputed before ...), then the number of
 * current positions that do not simply support it.
 */
export function disagreementScore(positions: readonly StatusEvidence[]): number {
  const statusRank = CLAIM_STATUSES.length - CLAIM_STATUSES.indexOf(claimStatus(positions));
  const dissent = currentPositions(positions).filter((p) => p.stance !== 'supports').length;
  return statusRank * 100 + dissent;
}

/**
 * Sort key for a source's publication: the stated date (a month sorts at
 * its first day), or null when the document gives none. An estimate is not
 * a date: placing an undated source between dated ones would suggest an
 * order the evidence does not give.
 */
export function publicationSortKey(source: Pick<Source, 'published'>): string | null {
  const p = source.published;
  if (p.precision === 'day') return p.date;
  if (p.precision === 'month') return `${p.date}-01`;
  return null;
}

/** Sources in reading order: dated ones oldest first, then undated ones by archive id. */
export function orderSources<T extends Pick<Source, 'published' | 'archiveId'>>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => {
    const ka = publicationSortKey(a);
    const kb = publicationSortKey(b);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return ka < kb ? -1 : 1;
    }
    return a.archiveId.localeCompare(b.archiveId);
  });
}

export interface SourceClaim {
  claim: Claim;
  position: Position;
}

/** Every claim each source speaks to, keyed by source id, in claim order. */
export function claimsBySource(claims: readonly Claim[]): Map<string, SourceClaim[]> {
  const map = new Map<string, SourceClaim[]>();
  for (const claim of claims) {
    for (const position of claim.positions) {
      const list = map.get(position.source) ?? [];
      list.push({ claim, position });
      map.set(position.source, list);
    }
  }
  return map;
}

export interface MatrixRow {
  claim: Claim;
  status: ClaimStatus;
  /** One cell per matrix column; null = the source is silent on the claim. */
  cells: (Position | null)[];
}

export interface Matrix {
  sources: Source[];
  rows: MatrixRow[];
}

/** The claims × sources matrix: rows in the given claim order, columns in source order. */
export function buildMatrix(claims: readonly Claim[], sources: readonly Source[]): Matrix {
  const rows = claims.map((claim) => {
    const bySource = new Map(claim.positions.map((p) => [p.source, p]));
    return { claim, status: claimStatus(claim.positions), cells: sources.map((s) => bySource.get(s.id) ?? null) };
  });
  return { sources: [...sources], rows };
}

export interface MatrixPage extends Matrix, Omit<Slice<Claim>, 'items'> {}

/**
 * A matrix page holds at most `rows` claims and `cells` cells, so it stays
 * within its weight budget however large the corpus grows (issue 7).
 */
export const MATRIX_PAGE_LIMITS = { rows: 50, cells: 1000 } as const;

/**
 * The matrix cut into pages of consecutive claims. A page's columns are the
 * sources (in source order) that take a position on at least one of its
 * claims, so its width depends on its own claims, never on the corpus.
 * @example buildMatrixPages(claims, sources)[0]!.rows.length <= 50
 */
export function buildMatrixPages(claims: readonly Claim[], sources: readonly Source[], limits: { rows: number; cells: number } = MATRIX_PAGE_LIMITS): MatrixPage[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const groups: { start: number; claims: Claim[]; cols: Set<string> }[] = [];
  let current = { start: 0, claims: [] as Claim[], cols: new Set<string>() };
  claims.forEach((claim, i) => {
    const own = claim.positions.map((p) => p.source).filter((id) => order.has(id));
    const cols = new Set([...current.cols, ...own]);
    const rows = current.claims.length + 1;
    if (current.claims.length && (rows > limits.rows || rows * cols.size > limits.cells)) {
      groups.push(current);
      current = { start: i, claims: [], cols: new Set(own) };
    } else current.cols = cols;
    current.claims.push(claim);
  });
  groups.push(current);
  return groups.map((g, i) => {
    const columns = [...g.cols].sort((a, b) => order.get(a)! - order.get(b)!).map((id) => sources[order.get(id)!]!);
    return { ...buildMatrix(g.claims, columns), page: i + 1, pages: groups.length, start: g.start };
  });
}

/** Items per page on the source and article lists. */
export const LIST_PAGE_SIZE = 40;

/**
 * Disputes per page of the disagreements list. Each one carries every side's
 * quotes and notes plus the assessment (about 1 KB gzipped in Chinese), so
 * a page of this many stays within the 14 KB budget (issue 7).
 */
export const DISPUTE_PAGE_SIZE = 8;

/**
 * Disputes on the list's first page, which also carries the qualified claims
 * and the pairs table (DISAGREEMENTS_LIST_CAP rows each, about 1.6 KB
 * gzipped in Chinese): they take the room of two disputes, so page 1 weighs
 * no more than the others (issue 12; at 8 it was 14.9 KB where later pages
 * were 13.5).
 */
export const DISPUTE_FIRST_PAGE_SIZE = DISPUTE_PAGE_SIZE - 2;

/**
 * The qualified claims and source pairs the first disagreements page lists
 * at most; past it the page says how many there are and where to find the rest.
 */
export const DISAGREEMENTS_LIST_CAP = 10;

/**
 * Rows per page of the editors' translation status list (one row per article
 * and per source reading, each a title, a kind and a state): 50 keeps a page
 * of long Chinese titles within the 14 KB budget (issue 12) while an editor
 * still sees many at a glance.
 */
export const TRANSLATION_PAGE_SIZE = 50;

/** How many silent sources a claim page names before it gives only their number. */
export const SILENT_LIST_MAX = 12;

export interface SourcePosition {
  source: Source;
  position: Position;
}

/**
 * The sources silent on a claim, in source order, or null when there are
 * more than `max` (the page then gives their number). Reads at most
 * `max + positions` sources, so a claim page's cost does not grow with the corpus.
 * @example silentSources(site, 'release-window') // [] when every source speaks to it
 */
export function silentSources(site: Pick<Site, 'sources' | 'claimById'>, claimId: string, max = SILENT_LIST_MAX): Source[] | null {
  const claim = site.claimById.get(claimId);
  if (!claim) return null;
  if (site.sources.length - claim.positions.length > max) return null;
  const speaking = new Set(claim.positions.map((p) => p.source));
  return site.sources.filter((s) => !speaking.has(s.id));
}

export interface TagBucket {
  sources: Source[];
  claims: Claim[];
  articles: Article[];
}

/** Items per page on a tag page (articles, then claims, then sources). */
export const TAG_PAGE_SIZE = 50;

/**
 * A tag's bucket cut into pages: articles first, then claims, then sources,
 * so a popular tag's page stays within its weight budget (issue 7).
 * @example tagPages({ sources: [], claims: [c], articles: [] }, 50)[0]!.claims // [c]
 */
export type TagPage = TagBucket & Omit<Slice<unknown>, 'items'>;

export function tagPages(bucket: TagBucket, size = TAG_PAGE_SIZE): TagPage[] {
  type Item = { kind: 'articles'; a: Article } | { kind: 'claims'; c: Claim } | { kind: 'sources'; s: Source };
  const items: Item[] = [
    ...bucket.articles.map((a) => ({ kind: 'articles' as const, a })),
    ...bucket.claims.map((c) => ({ kind: 'claims' as const, c })),
    ...bucket.sources.map((s) => ({ kind: 'sources' as const, s })),
  ];
  return paginate(items, size).map(({ items: page, ...slice }) => ({
    ...slice,
    articles: page.flatMap((i) => (i.kind === 'articles' ? [i.a] : [])),
    claims: page.flatMap((i) => (i.kind === 'claims' ? [i.c] : [])),
    sources: page.flatMap((i) => (i.kind === 'sources' ? [i.s] : [])),
  }));
}

/** Everything carrying each tag, grouped by kind. Articles are those of one locale. */
export function buildTagIndex(
  tags: readonly Tag[],
  sources: readonly Source[],
  claims: readonly Claim[],
  articles: readonly Article[],
): Map<string, TagBucket> {
  const index = new Map<string, TagBucket>(tags.map((t) => [t.id, { sources: [], claims: [], articles: [] }]));
  const add = <K extends keyof TagBucket>(kind: K, tagIds: readonly string[], item: TagBucket[K][number]) => {
    for (const id of tagIds) (index.get(id)?.[kind] as TagBucket[K][number][] | undefined)?.push(item);
  };
  for (const s of sources) add('sources', s.tags, s);
  for (const c of claims) add('claims', c.tags, c);
  for (const a of articles) add('articles', a.tags, a);
  return index;
}

export interface Site {
  tags: Tag[];
  tagById: Map<string, Tag>;
  sources: Source[];
  sourceById: Map<string, Source>;
  claims: Claim[];
  claimById: Map<string, Claim>;
  statusById: Map<string, ClaimStatus>;
  /** Each claim's evidence tally over current positions (src/lib/evidence.ts). */
  tallyById: Map<string, Tally>;
  /** Every correction, newest first. */
  corrections: Correction[];
  /** The corrections naming each claim, article and source, newest first. */
  correctionsFor: Record<'claim' | 'article' | 'source', Map<string, Correction[]>>;
  /** Claims, most disagreement first. */
  claimsByDisagreement: Claim[];
  /** Contested and disputed claims, most disagreement first: the disagreements page. */
  claimsInDispute: Claim[];
  /** claimsInDispute cut into the disagreements pages. */
  disputePages: Slice<Claim>[];
  /** Claims no source disputes but at least one qualifies, most disagreement first. */
  claimsQualified: Claim[];
  /** The pairs of sources that share a claim, compared, keyed by pair id, oldest source's pairs first. */
  comparisons: Map<string, Comparison>;
  /** Each source's comparison partners (the sources it shares a claim with), in that order. */
  comparePartners: Map<string, string[]>;
  /** The timeline's panels: claims with plotted values. */
  timeline: TimelinePanel[];
  claimsBySource: Map<string, SourceClaim[]>;
  matrixPages: MatrixPage[];
  /** Each claim's positions with their sources, in source order. */
  positionsByClaim: Map<string, SourcePosition[]>;
  /** Position of each source id in `sources`, for sorting by reading order. */
  sourceOrder: Map<string, number>;
  sourcePages: Slice<Source>[];
  /** Articles per locale, newest first. */
  articles: Record<Locale, Article[]>;
  articleById: Record<Locale, Map<string, Article>>;
  /** The articles (per locale) that cite each claim id. */
  articlesByClaim: Record<Locale, Map<string, Article[]>>;
  articlePages: Record<Locale, Slice<Article>[]>;
  tagIndex: Record<Locale, Map<string, TagBucket>>;
  /** Each tag's page(s), per locale. */
  tagPages: Record<Locale, Map<string, TagPage[]>>;
}

/** Each claim's positions paired with their sources, in source order. */
export function positionsByClaim(claims: readonly Claim[], sources: readonly Source[]): Map<string, SourcePosition[]> {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return new Map(
    claims.map((c) => [
      c.id,
      c.positions
        .filter((p) => order.has(p.source))
        .sort((a, b) => order.get(a.source)! - order.get(b.source)!)
        .map((position) => ({ source: sources[order.get(position.source)!]!, position })),
    ]),
  );
}

/** The articles citing each claim, keeping the articles' order. */
export function articlesByClaim(articles: readonly Article[]): Map<string, Article[]> {
  const map = new Map<string, Article[]>();
  for (const a of articles) {
    for (const id of new Set(a.claims)) {
      const list = map.get(id) ?? [];
      list.push(a);
      map.set(id, list);
    }
  }
  return map;
}

/**
 * Claim order for lists and the matrix: by first tag, then by id.
 * @example [{ id: 'b', tags: ['capex'] }, { id: 'a', tags: ['qwen'] }].sort(byTopic)[0].id === 'b'
 */
export function byTopic(a: Pick<Claim, 'id' | 'tags'>, b: Pick<Claim, 'id' | 'tags'>): number {
  return (a.tags[0] ?? '').localeCompare(b.tags[0] ?? '') || a.id.localeCompare(b.id);
}

/**
 * Corrections newest first (then by id), and the ones naming each item.
 * @example correctionIndex([c]).byItem.claim.get('release-window') // [c]
 */
export function correctionIndex(corrections: readonly Correction[]): { all: Correction[]; byItem: Site['correctionsFor'] } {
  const all = [...corrections].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const byItem: Site['correctionsFor'] = { claim: new Map(), article: new Map(), source: new Map() };
  for (const c of all) {
    for (const [kind, ids] of [['claim', c.claims], ['article', c.articles], ['source', c.sources]] as const)
      for (const id of new Set(ids)) byItem[kind].set(id, [...(byItem[kind].get(id) ?? []), c]);
  }
  return { all, byItem };
}

/** Builds every derived view once. Call it once per build and pass the result down. */
export function deriveSite(content: ContentSet, locales: readonly Locale[]): Site {
  const tags = content.tags.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
  const sources = orderSources(content.sources.map((e) => ({ ...e.data, id: e.id })));
  // Claims read in topic order (their first tag), so the matrix keeps related
  // claims together: all the benchmark claims, then all the capex ones.
  const claims = content.claims.map((e) => ({ ...e.data, id: e.id })).sort(byTopic);
  const statusById = new Map(claims.map((c) => [c.id, claimStatus(c.positions)]));
  const corrections = correctionIndex((content.corrections ?? []).map((e) => ({ ...e.data, id: e.id })));
  const claimsByDisagreement = [...claims].sort(
    (a, b) => disagreementScore(b.positions) - disagreementScore(a.positions) || a.id.localeCompare(b.id),
  );
  const articles = {} as Record<Locale, Article[]>;
  const tagIndex = {} as Record<Locale, Map<string, TagBucket>>;
  const articleById = {} as Site['articleById'];
  const byClaim = {} as Site['articlesByClaim'];
  const articlePages = {} as Site['articlePages'];
  const tagPagesByLocale = {} as Site['tagPages'];
  for (const locale of locales) {
    articles[locale] = content.articles
      .filter((e) => e.locale === locale)
      .map((e) => ({ ...e.data, id: e.id, locale }))
      .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
    tagIndex[locale] = buildTagIndex(tags, sources, claims, articles[locale]);
    articleById[locale] = new Map(articles[locale].map((a) => [a.id, a]));
    byClaim[locale] = articlesByClaim(articles[locale]);
    articlePages[locale] = paginate(articles[locale], LIST_PAGE_SIZE);
    tagPagesByLocale[locale] = new Map([...tagIndex[locale]].map(([id, bucket]) => [id, tagPages(bucket)]));
  }
  const inDispute = new Set<ClaimStatus>(['contested', 'disputed']);
  const claimsInDispute = claimsByDisagreement.filter((c) => inDispute.has(statusById.get(c.id)!));
  const comparisons = buildComparisons(claims, sources.map((s) => s.id));
  return {
    tags,
    tagById: new Map(tags.map((t) => [t.id, t])),
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    statusById,
    tallyById: new Map(claims.map((c) => [c.id, claimTally(c.positions, sources.length)])),
    corrections: corrections.all,
    correctionsFor: corrections.byItem,
    claimsByDisagreement,
    claimsInDispute,
    disputePages: paginate(claimsInDispute, DISPUTE_PAGE_SIZE, DISPUTE_FIRST_PAGE_SIZE),
    claimsQualified: claimsByDisagreement.filter((c) => !inDispute.has(statusById.get(c.id)!) && currentPositions(c.positions).some((p) => p.stance === 'qualifies')),
    comparisons,
    comparePartners: partners(comparisons),
    timeline: timelinePanels(claims, sources),
    claimsBySource: claimsBySource(claims),
    matrixPages: buildMatrixPages(claims, sources),
    positionsByClaim: positionsByClaim(claims, sources),
    sourceOrder: new Map(sources.map((s, i) => [s.id, i])),
    sourcePages: paginate(sources, LIST_PAGE_SIZE),
    articles,
    articleById,
    articlesByClaim: byClaim,
    articlePages,
    tagIndex,
    tagPages: tagPagesByLocale,
  };
}
