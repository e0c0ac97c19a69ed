/**
 * JSON Schemas for every content file kind, generated from the zod schemas
 * with zod 4's z.toJSONSchema, so editors using yaml-language-server (VS
 * Code's YAML extension, and others) give completion, hover help and inline
 * errors while typing. `npm run schemas` writes them to schemas/json/; a
 * test fails when the committed files are stale.
 *
 * Adding a file kind is one line in SCHEMA_FILES. The zod schemas stay the
 * single source of truth; descriptions for hover text are added here, by
 * field path, so the schema files stay free of editor concerns.
 */
import { z } from 'zod';
import type { CollectionName } from './content/paths.ts';
import { articleSchema, claimSchema, correctionSchema, sourceProseSchema, sourceSchema, tagSchema } from '../schemas/index.ts';

export interface SchemaFile {
  /** schemas/json/<name>.schema.json */
  name: string;
  title: string;
  /** The content collection whose files it describes. */
  collection: CollectionName;
  schema: z.ZodType;
  /** Globs (from the repository root) that .vscode/settings.json maps to it; empty for Markdown front matter, which the YAML extension does not read. */
  globs: readonly string[];
  /** Hover descriptions, by dotted property path (`[]` for array items). */
  descriptions?: Readonly<Record<string, string>>;
}

const LOCALIZED = 'Text in every site locale: { en: "…", zh-TW: "…" }.';

export const SCHEMA_FILES: readonly SchemaFile[] = [
  { name: 'tag', collection: 'tags', title: 'Tag (content/tags/<id>.yaml)', schema: tagSchema, globs: ['content/tags/*.yaml', 'content/tags/*.yml'], descriptions: { label: `The topic's name. ${LOCALIZED}`, description: `One line on what the topic covers. ${LOCALIZED}` } },
  {
    name: 'source',
    collection: 'sources',
    title: 'Source facts (content/sources/<id>/source.yaml)',
    schema: sourceSchema,
    globs: ['content/sources/*/source.yaml', 'content/sources/*/source.yml'],
    descriptions: {
      shortName: `What readers call the source ("sdd.sh post"); the Chinese name is native. ${LOCALIZED}`,
      mark: 'The one-letter chip that identifies the source at a glance; the glyph carries the identity, the colour only repeats it.',
      'mark.glyph': 'One capital letter no other source uses.',
      'mark.color': 'An Okabe–Ito colour, distinct for colour-blind readers.',
      title: 'The headline as published, and its translation into the other site language.',
      'title.published': 'Exactly as published, in its own language.',
      'title.lang': 'The language it was published in: en or zh-Hant.',
      'title.translatedBy': 'site (our translation) or author (the document carries its own).',
      outlet: 'The outlet, or null when the document does not say.',
      author: 'The author, or null when the document does not say.',
      published: 'When it was published, as precise as the document says: day, month or unknown (with an optional labelled estimate).',
      languages: 'Languages the document is written in.',
      url: 'null unless the document gives it. Never invent one.',
      archiveId: 'The archived document file name, e.g. 000_e24cd32da96cbac2.',
      kind: 'news-report, analysis, blog-post or digest.',
      tags: 'Tag ids (content/tags/).',
      references: 'What the document itself cites (not what the site adds).',
    },
  },
  { name: 'source-prose', collection: 'sourceProse', title: 'Source reading front matter (content/sources/<id>/<locale>.md)', schema: sourceProseSchema, globs: [], descriptions: { summary: 'The site’s own summary in plain paragraphs, 120–250 words in English.' } },
  {
    name: 'claim',
    collection: 'claims',
    title: 'Claim (content/claims/<id>.yaml)',
    schema: claimSchema,
    globs: ['content/claims/*.yaml', 'content/claims/*.yml'],
    descriptions: {
      statement: `The claim, in one sentence. ${LOCALIZED}`,
      kind: 'fact, forecast, estimate or opinion.',
      tags: 'Tag ids (content/tags/).',
      positions: 'One per source that speaks to the claim; a source left out is silent.',
      'positions[].source': 'The source id (content/sources/<id>/).',
      'positions[].stance': 'supports, disputes or qualifies.',
      'positions[].value': `What the source says the value is ("Q1 2026"). ${LOCALIZED}`,
      'positions[].plot': 'Where the timeline draws the value: { from: YYYY-MM, to?: YYYY-MM } or { low, high, unit: usd-billion }.',
      'positions[].quote': 'Verbatim, character for character, in the source’s own language: at most 40 words (80 Chinese characters).',
      'positions[].quoteLang': 'The language of the quote as it stands in the source: en or zh-Hant.',
      'positions[].translation': 'The site’s own translation of the quote into the other language.',
      'positions[].location': `Where in the document the quote stands. ${LOCALIZED}`,
      'positions[].note': `How to read this position. ${LOCALIZED}`,
      'positions[].overtaken': 'true for a forecast that later sources overtook.',
      verdict: 'The site’s verdict: a label from a fixed vocabulary and the reason, in both languages. The rules are on the method page.',
      'verdict.label': 'holds-up, likely, unresolved, doubtful or overtaken.',
      assessment: `Which position holds up, and why. Required when the sources disagree. ${LOCALIZED}`,
      settle: `What evidence would settle it. Required with assessment. ${LOCALIZED}`,
    },
  },
  {
    name: 'article',
    collection: 'articles',
    title: 'Article front matter (content/articles/<id>/<locale>.md)',
    schema: articleSchema,
    globs: [],
    descriptions: {
      published: 'YYYY-MM-DD; the same in both language versions.',
      updated: 'YYYY-MM-DD, on or after published; the same in both language versions.',
      sources: 'Source ids the article relies on; the same in both versions.',
      claims: 'Claim ids the article relies on; the same in both versions.',
      chart: 'Optional: the claim id whose timeline panel the article embeds.',
    },
  },
  {
    name: 'correction',
    collection: 'corrections',
    title: 'Correction (content/corrections/<date>-<what>.yaml)',
    schema: correctionSchema,
    globs: ['content/corrections/*.yaml', 'content/corrections/*.yml'],
    descriptions: {
      date: 'YYYY-MM-DD, not after today. The file name (the id) is the anchor on the corrections page: never rename it.',
      summary: `One line, shown on every affected page. ${LOCALIZED}`,
      was: `What the site said before. ${LOCALIZED}`,
      now: `What it says now. ${LOCALIZED}`,
      why: `Why it changed. ${LOCALIZED}`,
      claims: 'Claim ids it affects.',
      articles: 'Article ids it affects.',
      sources: 'Source ids it affects. At least one id in the three lists.',
    },
  },
];

type Json = Record<string, unknown>;

/** Adds hover descriptions at dotted paths (`a.b`, `list[].field`). */
function describe(schema: Json, descriptions: Readonly<Record<string, string>>): Json {
  for (const [at, text] of Object.entries(descriptions)) {
    let node: Json | undefined = schema;
    for (const part of at.split('.')) {
      const list = part.endsWith('[]');
      node = (node?.properties as Record<string, Json> | undefined)?.[list ? part.slice(0, -2) : part];
      if (list) node = node?.items as Json | undefined;
    }
    if (!node) throw new Error(`json-schemas: no property at "${at}"`);
    node.description = text;
  }
  return schema;
}

/**
 * Two zod rules z.toJSONSchema leaves out, stated as patterns so an editor
 * flags what check:content would: a trimmed non-empty string must hold a
 * non-space character, and a URL restricted to some protocols must use one.
 */
function tighten(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const def = (ctx.zodSchema as { _zod: { def: { checks?: { _zod: { def: { check: string } } }[]; protocol?: RegExp; format?: string } } })._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def.check);
  if (checks.includes('overwrite') && ctx.jsonSchema.minLength === 1 && !ctx.jsonSchema.pattern) ctx.jsonSchema.pattern = '\\S';
  if (def.format === 'url' && def.protocol) {
    // /^https?$/ matches the scheme alone; the URL starts with it and "://".
    ctx.jsonSchema.pattern = `^${def.protocol.source.replace(/^\^/, '').replace(/\$$/, '')}://`;
  }
}

/**
 * One file kind's JSON Schema, draft-07 (what yaml-language-server reads
 * best). `io: 'input'`: the schema describes what an editor writes, so a
 * field with a default (tags) is optional and dates are the strings YAML 1.2
 * reads them as.
 */
export function jsonSchemaFor(file: SchemaFile): Json {
  const schema = z.toJSONSchema(file.schema, { target: 'draft-7', io: 'input', override: tighten }) as Json;
  return { ...describe(schema, file.descriptions ?? {}), title: file.title };
}

export const schemaPath = (f: SchemaFile) => `schemas/json/${f.name}.schema.json`;

/** Every schema file as it is committed: path → text. */
export function jsonSchemaTexts(): Map<string, string> {
  return new Map(SCHEMA_FILES.map((f) => [schemaPath(f), `${JSON.stringify(jsonSchemaFor(f), null, 2)}\n`]));
}

/** `yaml.schemas` for .vscode/settings.json: schema file → the content globs it checks. */
export function vscodeYamlSchemas(): Record<string, string[]> {
  return Object.fromEntries(SCHEMA_FILES.filter((f) => f.globs.length).map((f) => [`./${schemaPath(f)}`, [...f.globs]]));
}
