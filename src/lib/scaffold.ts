/**
 * What `npm run new -- <kind> <id>` writes: every file a new source, claim
 * or article needs, in both languages, with each required field present and
 * marked TODO (src/lib/content/todo.ts makes check:content refuse any TODO
 * left). Pure: scripts/new.ts does the disk work. The allowed values in the
 * comments come from the schemas, so they cannot drift.
 */
import { LOCALE_CODES, localeInfo, TEXT_LANGS, type Locale } from '../i18n/locales.ts';
import { CLAIM_KINDS, KEBAB_ID, MARK_COLORS, SOURCE_KINDS, STANCES, VERDICTS } from '../schemas/index.ts';
import { PAGE_SEGMENT } from './urls.ts';

export const SCAFFOLD_KINDS = ['source', 'claim', 'article'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** What the content folder already holds, as scripts/new.ts reads it. */
export interface Existing {
  sources: readonly string[];
  claims: readonly string[];
  articles: readonly string[];
  tags: readonly string[];
  /** Glyphs other sources' marks already use. */
  glyphs: readonly string[];
}

export interface ScaffoldFile {
  /** Relative to the content folder. */
  path: string;
  text: string;
}

const FOLDER: Record<ScaffoldKind, keyof Existing> = { source: 'sources', claim: 'claims', article: 'articles' };

/**
 * Why an id cannot be used, or null when it can.
 * @example idProblem('claim', 'Big_Money', existing) // 'id "Big_Money" is not kebab-case …'
 */
export function idProblem(kind: ScaffoldKind, id: string, existing: Existing): string | null {
  if (!KEBAB_ID.test(id)) return `id "${id}" is not kebab-case: use a-z, 0-9 and single hyphens (e.g. launch-filing)`;
  if (id === PAGE_SEGMENT) return `id "${id}" is reserved for numbered list pages (/<lang>/<section>/page/<n>/); choose another`;
  // Ids differing only in case name one folder on macOS and Windows, and one URL.
  const taken = existing[FOLDER[kind]].find((x) => x.toLowerCase() === id.toLowerCase());
  if (taken) return `id "${id}" is taken: ${kind} "${taken}" already exists (ids are never reused or renamed)`;
  return null;
}

const list = (xs: readonly string[]) => xs.join(' | ');
const header = (kind: ScaffoldKind, id: string) =>
  `# Scaffolded by \`npm run new -- ${kind} ${id}\`. Replace every TODO: check:content refuses any left.\n# Field reference: content/README.md.\n`;

function sourceYaml(id: string, existing: Existing): string {
  const taken = [...existing.glyphs].sort().join(', ') || 'none';
  return `${header('source', id)}shortName:            # what readers call it; the Chinese name is native, not a copy
  en: "TODO: short name, e.g. filing"
  zh-TW: "TODO: 中文簡稱"
mark:
  glyph: TODO           # one capital letter no other source uses (taken: ${taken})
  color: TODO           # ${list(MARK_COLORS)}
title:
  published: "TODO: the headline exactly as published"
  lang: TODO            # ${list(TEXT_LANGS)}: the language it was published in
  translation: "TODO: the headline in the other language"
  translatedBy: TODO    # site | author (the document carries its own translation)
outlet: TODO            # its name, or null when the document does not say
author: TODO            # a name, or null
published:
  precision: TODO       # day | month | unknown
  date: TODO            # YYYY-MM-DD (day) or YYYY-MM (month); delete both lines below precision for unknown
  statedIn: { en: "TODO: where the document states the date", zh-TW: "TODO: 文件中標示日期之處" }
  # An undated document: precision: unknown, and optionally
  # estimate: { earliest: YYYY-MM-DD, latest: YYYY-MM-DD, reasoning: { en: "...", zh-TW: "..." } }
languages: [TODO]       # ${list(TEXT_LANGS)}
url: TODO               # null unless the document gives it: never invent one
archiveId: TODO         # the archived document's file name, e.g. 005_0123456789abcdef
kind: TODO              # ${list(SOURCE_KINDS)}
tags: [TODO]            # ${list(existing.tags) || 'tag ids'}
references: []          # what the document itself cites: - { label: "…", url: https://… }
`;
}

const SOURCE_HEADINGS: Record<Locale, readonly string[]> = {
  en: ['What it adds', 'What it alone claims', 'How reliable its specifics look', 'What later sources contradict'],
  'zh-TW': ['它補充了什麼', '只有它這麼說', '細節可信度', '後來的來源如何反駁'],
};

function sourceProse(locale: Locale): string {
  const sections = SOURCE_HEADINGS[locale].map((h) => `## ${h}\n\nTODO\n`).join('\n');
  return `---
summary: |
  TODO: ${locale === 'en' ? 'your own summary in plain paragraphs, 120–250 words' : '你自己寫的摘要，篇幅與英文版相當'}
---

${sections}`;
}

function claimYaml(id: string, existing: Existing, source?: string): string {
  return `${header('claim', id)}statement:
  en: "TODO: the claim, in one sentence"
  zh-TW: "TODO: 一句話說明這項說法"
kind: TODO              # ${list(CLAIM_KINDS)}
tags: [TODO]            # ${list(existing.tags) || 'tag ids'}
positions:              # one per source that speaks to it; a source left out is silent
  - source: ${source ?? 'TODO'}${source ? '' : `         # ${list(existing.sources) || 'a source id'}`}
    stance: TODO        # ${list(STANCES)}
    quote: "TODO: verbatim, in the source's own language; at most 40 words (80 Chinese characters)"
    quoteLang: TODO     # ${list(TEXT_LANGS)}: the language of the quote as it stands in the source
    translation: "TODO: the site's own translation of the quote into the other language"
    location: { en: "TODO: where in the document", zh-TW: "TODO: 在文件中的位置" }
    note: { en: "TODO: how to read this position", zh-TW: "TODO: 如何解讀這個立場" }
verdict:                # the rules tying each label to the evidence: the method page
  label: TODO           # ${list(VERDICTS)}
  reason: { en: "TODO: why this label", zh-TW: "TODO: 為什麼是這個判定" }
# Required once the sources disagree (contested or disputed):
# assessment: { en: "…", zh-TW: "…" }
# settle: { en: "…", zh-TW: "…" }
`;
}

function articleMd(locale: Locale): string {
  return `---
title: "TODO: ${locale === 'en' ? 'the headline' : '標題'}"
description: "TODO: ${locale === 'en' ? 'one line for lists, search results and link previews' : '一句話說明，用於列表、搜尋結果與連結預覽'}"
published: TODO         # YYYY-MM-DD; both versions give the same dates, tags, sources and claims
updated: TODO           # YYYY-MM-DD
tags: [TODO]
sources: [TODO]
claims: [TODO]
---

TODO: ${locale === 'en' ? 'your own analysis (content/README.md: citing claims and sources)' : '你自己的分析（引用說法與來源的方式見 content/README.md）'}
`;
}

/** The files for one new item, or the reason it cannot be made. */
export function scaffold(kind: ScaffoldKind, id: string, existing: Existing, opts: { source?: string } = {}): { files: ScaffoldFile[] } | { error: string } {
  const problem = idProblem(kind, id, existing);
  if (problem) return { error: problem };
  if (opts.source !== undefined && kind !== 'claim') return { error: '--source only applies to a claim' };
  if (opts.source !== undefined && !existing.sources.includes(opts.source))
    return { error: `unknown source "${opts.source}" for --source (expected one of: ${existing.sources.join(', ') || 'none defined'})` };
  const perLocale = (folder: string, text: (l: Locale) => string) => LOCALE_CODES.map((l) => ({ path: `${folder}/${id}/${localeInfo(l).path}.md`, text: text(l) }));
  switch (kind) {
    case 'source':
      return { files: [{ path: `sources/${id}/source.yaml`, text: sourceYaml(id, existing) }, ...perLocale('sources', sourceProse)] };
    case 'claim':
      return { files: [{ path: `claims/${id}.yaml`, text: claimYaml(id, existing, opts.source) }] };
    case 'article':
      return { files: perLocale('articles', articleMd) };
  }
}
