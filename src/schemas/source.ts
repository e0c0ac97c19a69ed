import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, isoMonthSchema, localizedSchema, textLangSchema } from './common.ts';

export const SOURCE_KINDS = ['news-report', 'analysis', 'blog-post', 'digest'] as const;

/**
 * Colours a source's mark may take: the Okabe–Ito palette, chosen because its
 * hues stay apart for colour-blind readers. The glyph carries the identity;
 * the colour only repeats it (never colour alone).
 */
export const MARK_COLORS = ['orange', 'sky', 'green', 'vermillion', 'purple', 'blue', 'yellow'] as const;
export type MarkColor = (typeof MARK_COLORS)[number];

/** How a source is recognised at a glance: a one-letter chip in one colour. */
export const markSchema = z.strictObject({
  glyph: z.string().regex(/^[A-Z]$/, { message: 'expected one capital letter' }),
  color: z.enum(MARK_COLORS),
});

/** An estimate of an unknown date: always labelled, always with its reasoning. */
const estimateSchema = z.strictObject({
  earliest: isoDateSchema,
  latest: isoDateSchema,
  reasoning: localizedSchema,
});

/**
 * When the source was published, as precise as the document itself says.
 * `unknown` is a real answer: the site shows it as unknown, never a guess.
 */
export const publishedSchema = z.discriminatedUnion(
  'precision',
  [
    z.strictObject({ precision: z.literal('day'), date: isoDateSchema, statedIn: localizedSchema }),
    z.strictObject({ precision: z.literal('month'), date: isoMonthSchema, statedIn: localizedSchema }),
    z.strictObject({ precision: z.literal('unknown'), estimate: estimateSchema.optional() }),
  ],
  { message: 'expected precision: day, month or unknown' },
);

/** A reference the source itself cites (not one the site adds). */
const referenceSchema = z.strictObject({
  label: z.string().min(1),
  url: httpUrlSchema.nullable().optional(),
  /** Cited as a site-relative path, so its full URL is unknown. */
  path: z.string().optional(),
});

/** content/sources/<id>/source.yaml: language-neutral facts about one document. */
export const sourceSchema = z.strictObject({
  /**
   * What readers call the source, per language ("sdd.sh post", 「sdd.sh 部落格」):
   * prose, chart labels, matrix headers and lists use it. Written by an editor;
   * the Chinese name is native, not a copy of the English one.
   */
  shortName: localizedSchema,
  mark: markSchema,
  title: z.strictObject({
    /** Exactly as published, in its own language. */
    published: z.string().min(1),
    lang: textLangSchema,
    /** Into the other site language. */
    translation: z.string().min(1),
    /** 'author' when the document carries its own translation (source 000 does). */
    translatedBy: z.enum(['site', 'author']),
  }),
  /** null = the document does not say. */
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  published: publishedSchema,
  languages: z.array(textLangSchema).min(1),
  url: httpUrlSchema.nullable(),
  /** The seed file's name without extension, e.g. 000_e24cd32da96cbac2. */
  archiveId: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, { message: 'expected a seed file name like 000_e24cd32da96cbac2' }),
  kind: z.enum(SOURCE_KINDS),
  tags: z.array(idSchema).default([]),
  references: z.array(referenceSchema).default([]),
});
export type SourceData = z.infer<typeof sourceSchema>;

/** content/sources/<id>/<locale>.md front matter; the body is the site's reading. */
export const sourceProseSchema = z.strictObject({
  /** Plain paragraphs separated by blank lines: the site's own summary. */
  summary: z.string().trim().min(1, { message: 'expected a summary' }),
});
export type SourceProseData = z.infer<typeof sourceProseSchema>;
