/**
 * Derived views of the content: claim status, each source's claims, the
 * claims × sources matrix and the tag index. `deriveSite` computes them all
 * once per build; pages only look things up.
 */
import type { Locale } from '../i18n/locales.ts';
import { compareSources, sourcePairs, type Comparison } from './compare.ts';
import { timelinePanels, type TimelinePanel } from './timeline.ts';
import { CLAIM_STATUSES, type Article, type Claim, type ClaimStatus, type ContentSet, type Position, type Source, type Tag } from './model.ts';

/**
 * The status of a claim, from its positions' stances.
 * - corroborated: two or more support, none disputes
 * - contested: some support, some dispute
 * - single-source: exactly one supports, none disputes
 * - disputed: only disputes (no support)
 * - qualified: nobody supports or disputes outright; sources only qualify it
 * @example claimStatus([{ stance: 'supports' }, { stance: 'disputes' }]) === 'contested'
 */
export function claimStatus(positions: readonly Pick<Position, 'stance'>[]): ClaimStatus {
  const supports = positions.filter((p) => p.stance === 'supports').length;
  const disputes = positions.filter((p) => p.stance === 'disputes').length;
  if (supports > 0 && disputes > 0) return 'contested';
  if (disputes > 0) return 'disputed';
  if (supports >= 2) return 'corroborated';
  if (supports === 1) return 'single-source';
  return 'qualified';
}

/**
 * How much the sources disagree on a claim, for "most contested" lists:
 * status first (contested before disputed before ...), then the number of
 * positions that do not simply support it.
 */
export function disagreementScore(positions: readonly Pick<Position, 'stance'>[]): number {
  const statusRank = CLAIM_STATUSES.length - CLAIM_STATUSES.indexOf(claimStatus(positions));
  const dissent = positions.filter((p) => p.stance !== 'supports').length;
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

export interface TagBucket {
  sources: Source[];
  claims: Claim[];
  articles: Article[];
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
  /** Claims, most disagreement first. */
  claimsByDisagreement: Claim[];
  /** Contested and disputed claims, most disagreement first: the disagreements page. */
  claimsInDispute: Claim[];
  /** Every pair of sources compared, keyed by pair id, oldest source's pairs first. */
  comparisons: Map<string, Comparison>;
  /** The timeline's panels: claims with plotted values. */
  timeline: TimelinePanel[];
  claimsBySource: Map<string, SourceClaim[]>;
  matrix: Matrix;
  /** Articles per locale, newest first. */
  articles: Record<Locale, Article[]>;
  tagIndex: Record<Locale, Map<string, TagBucket>>;
}

/** Builds every derived view once. Call it once per build and pass the result down. */
export function deriveSite(content: ContentSet, locales: readonly Locale[]): Site {
  const tags = content.tags.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
  const sources = orderSources(content.sources.map((e) => ({ ...e.data, id: e.id })));
  const claims = content.claims.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
  const statusById = new Map(claims.map((c) => [c.id, claimStatus(c.positions)]));
  const claimsByDisagreement = [...claims].sort(
    (a, b) => disagreementScore(b.positions) - disagreementScore(a.positions) || a.id.localeCompare(b.id),
  );
  const articles = {} as Record<Locale, Article[]>;
  const tagIndex = {} as Record<Locale, Map<string, TagBucket>>;
  for (const locale of locales) {
    articles[locale] = content.articles
      .filter((e) => e.locale === locale)
      .map((e) => ({ ...e.data, id: e.id, locale }))
      .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
    tagIndex[locale] = buildTagIndex(tags, sources, claims, articles[locale]);
  }
  const inDispute = new Set<ClaimStatus>(['contested', 'disputed']);
  return {
    tags,
    tagById: new Map(tags.map((t) => [t.id, t])),
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    statusById,
    claimsByDisagreement,
    claimsInDispute: claimsByDisagreement.filter((c) => inDispute.has(statusById.get(c.id)!)),
    comparisons: new Map(sourcePairs(sources.map((s) => s.id)).map((id) => {
      const [a, b] = id.split('--') as [string, string];
      return [id, compareSources(a, b, claims)];
    })),
    timeline: timelinePanels(claims, sources),
    claimsBySource: claimsBySource(claims),
    matrix: buildMatrix(claims, sources),
    articles,
    tagIndex,
  };
}
