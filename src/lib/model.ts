/**
 * Plain data the site is built from. Astro's collections and the
 * stand-alone checker both produce a ContentSet; everything after that is
 * pure functions over it, so it can be tested without Astro.
 */
import type { Locale } from '../i18n/locales.ts';
import type { ArticleData, ClaimData, CorrectionData, PositionData, SourceData, SourceProseData, TagData } from '../schemas/index.ts';

export interface Entry<T> {
  id: string;
  /** Path of the content file, relative to the content folder (for messages). */
  file: string;
  data: T;
}

export interface LocalizedEntry<T> extends Entry<T> {
  locale: Locale;
  body: string;
  /** The file's line on which `body` starts; set by the checker's reader, for messages. */
  bodyLine?: number;
}

export interface ContentSet {
  tags: Entry<TagData>[];
  sources: Entry<SourceData>[];
  sourceProse: LocalizedEntry<SourceProseData>[];
  claims: Entry<ClaimData>[];
  articles: LocalizedEntry<ArticleData>[];
  /** Optional so a hand-built set (tests, tools) need not list an empty log. */
  corrections?: Entry<CorrectionData>[];
}

export type Tag = TagData & { id: string };
export type Source = SourceData & { id: string };
export type Position = PositionData;
export type Claim = ClaimData & { id: string };
export type Article = ArticleData & { id: string; locale: Locale };
export type Correction = CorrectionData & { id: string };

export const CLAIM_STATUSES = ['contested', 'disputed', 'qualified', 'single-source', 'corroborated'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
