/**
 * Validates the whole content set: each file against its schema, then what
 * a schema cannot see (references, pairs of translations, dates, quotes).
 * Returns every fault at once; an empty list means the site can be built.
 */
import type { z } from 'zod';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { articleSchema, claimSchema, correctionSchema, KEBAB_ID, sourceProseSchema, sourceSchema, tagSchema } from '../../schemas/index.ts';
import type { ContentSet, Entry, LocalizedEntry } from '../model.ts';
import { claimStatus } from '../derive.ts';
import { fieldPath, type ContentError } from './errors.ts';
import type { RawFile, RawLock } from './read.ts';
import { correctionErrors } from './corrections.ts';
import { lockErrors, parseLock } from './lock.ts';
import { verdictFault } from '../verdict.ts';
import type { CollectionName } from './paths.ts';
import { PAGE_SEGMENT } from '../urls.ts';
import { TODO_MESSAGE, todoFields } from './todo.ts';
import { forbiddenHtml, headingCollisions, plotErrors, quoteTooLong, simplifiedChars } from './rules.ts';
import { apostropheMessage, proseFaults, straightApostrophes } from './prose.ts';

const SCHEMAS = {
  tags: tagSchema,
  sources: sourceSchema,
  sourceProse: sourceProseSchema,
  claims: claimSchema,
  articles: articleSchema,
  corrections: correctionSchema,
} satisfies Record<CollectionName, z.ZodType>;

export interface ValidateOptions {
  /** The build date, YYYY-MM-DD: nothing may be published after it. */
  today: string;
  locales?: readonly Locale[];
  /** The verdict lock as read; absent = every claim is new. */
  lock?: RawLock;
  /**
   * Files that exist but did not validate (scaffold TODOs, schema faults), as
   * `collection:locale:id` keys: each is reported at its own file, and
   * references to it are not reported again as unknown.
   */
  pending?: ReadonlySet<string>;
}

export interface ValidationResult {
  content: ContentSet;
  errors: ContentError[];
}

/**
 * zod's default for an absent field ("Invalid input: expected string,
 * received undefined") names the type, not the fault; an editor reads
 * "missing" faster. Schema-level messages still win over this.
 */
const missingField: z.core.$ZodErrorMap = (iss) => {
  if (iss.input !== undefined) return undefined;
  if (iss.code === 'invalid_type') return `missing required field: expected ${iss.expected}`;
  if (iss.code === 'invalid_value') return `missing required field: expected one of ${iss.values.map(String).join(', ')}`;
  return undefined;
};

/** Schema-checks each file, then cross-checks the set. */
export function validateContent(files: readonly RawFile[], opts: ValidateOptions): ValidationResult {
  const errors: ContentError[] = [];
  const content: ContentSet = { tags: [], sources: [], sourceProse: [], claims: [], articles: [], corrections: [] };
  const seen = new Map<string, string>();
  const pending = new Set<string>(opts.pending);

  for (const f of files) {
    if (!KEBAB_ID.test(f.id)) {
      errors.push({ file: f.file, field: '(id)', message: `id "${f.id}" is not kebab-case (expected a-z, 0-9 and single hyphens)` });
      continue;
    }
    // Lists are paginated at /<lang>/<section>/page/<n>/: an item with that id would sit in the way.
    if (f.id === PAGE_SEGMENT && f.collection !== 'tags') {
      errors.push({ file: f.file, field: '(id)', message: `id "${f.id}" is reserved for numbered list pages; choose another` });
      continue;
    }
    const key = `${f.collection}:${f.locale ?? ''}:${f.id}`;
    const first = seen.get(key);
    if (first) {
      errors.push({ file: f.file, field: '(id)', message: `duplicate id "${f.id}": already defined by ${first}` });
      continue;
    }
    seen.set(key, f.file);
    const todos = todoFields(f.data, f.body);
    if (todos.length) {
      for (const t of todos) errors.push({ file: f.file, field: t.field, message: t.line ? `${TODO_MESSAGE} (line ${t.line} of the body)` : TODO_MESSAGE });
      pending.add(key);
      continue;
    }
    const parsed = SCHEMAS[f.collection].safeParse(f.data, { error: missingField });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file: f.file, field: fieldPath(issue.path), message: issue.message });
      // It exists, only broken: a reference to it is not also "unknown".
      pending.add(key);
      continue;
    }
    const entry = { id: f.id, file: f.file, data: parsed.data };
    if (f.locale) (content[f.collection] as LocalizedEntry<unknown>[]).push({ ...entry, locale: f.locale, body: f.body ?? '', bodyLine: f.bodyLine });
    else (content[f.collection] as Entry<unknown>[]).push(entry);
  }

  errors.push(...caseCollisions(files));
  errors.push(...crossCheck(content, { ...opts, pending }));
  const lock = parseLock(opts.lock);
  errors.push(...lock.errors, ...lockErrors(content, lock.lock));
  return { content, errors };
}

/**
 * Ids that differ only in letter case name one URL, and one folder on macOS
 * and Windows. Ids are shared by an item's language versions, so this is
 * also how a duplicate id across languages arises: one article whose en.md
 * and zh-tw.md sit in folders spelled differently.
 */
function caseCollisions(files: readonly RawFile[]): ContentError[] {
  const errors: ContentError[] = [];
  const byFolded = new Map<string, RawFile[]>();
  for (const f of files) {
    const key = `${f.collection}:${f.id.toLowerCase()}`;
    byFolded.set(key, [...(byFolded.get(key) ?? []), f]);
  }
  for (const group of byFolded.values()) {
    for (const f of group) {
      if (KEBAB_ID.test(f.id)) continue;
      for (const other of group.filter((o) => o.id !== f.id)) {
        const across = f.locale && other.locale && f.locale !== other.locale;
        const what = across ? `duplicate id across languages: "${f.id}" (${f.locale}) and "${other.id}" (${other.locale}, ${other.file})` : `duplicate id: "${f.id}" and "${other.id}" (${other.file})`;
        errors.push({ file: f.file, field: '(id)', message: `${what} differ only in letter case; keep every version in one kebab-case folder` });
      }
    }
  }
  return errors;
}

/** Checks across files. Exported for tests that build a ContentSet by hand. */
export function crossCheck(content: ContentSet, opts: ValidateOptions): ContentError[] {
  const locales = opts.locales ?? LOCALE_CODES;
  const errors: ContentError[] = [];
  const push = (file: string, field: string, message: string) => errors.push({ file, field, message });
  const ids = {
    tag: new Set(content.tags.map((e) => e.id)),
    source: new Set(content.sources.map((e) => e.id)),
    claim: new Set(content.claims.map((e) => e.id)),
  };
  const isPending = (collection: string, id: string, locale = '') => opts.pending?.has(`${collection}:${locale}:${id}`) ?? false;
  const ref = (kind: keyof typeof ids, file: string, field: string, id: string) => {
    if (!ids[kind].has(id) && !isPending(`${kind}s`, id)) push(file, field, `unknown ${kind} "${id}" (expected one of: ${[...ids[kind]].sort().join(', ') || 'none defined'})`);
  };
  const notFuture = (file: string, field: string, date: string) => {
    if (date > opts.today) push(file, field, `date ${date} is after the build date ${opts.today}`);
  };
  const traditional = (file: string, field: string, text: string) => {
    const bad = simplifiedChars(text);
    if (bad.length) push(file, field, `Simplified Chinese characters in zh-TW text: ${bad.join(' ')}`);
  };
  // A file that exists but failed its schema is reported at itself; names that point at it are not "unknown" too.
  const pendingIds = (collection: string) => [...(opts.pending ?? [])].filter((k) => k.startsWith(`${collection}:`)).map((k) => k.split(':')[2]!);
  const refs = { claims: new Set([...ids.claim, ...pendingIds('claims')]), sources: new Set([...ids.source, ...pendingIds('sources')]) };
  const markdownBody = (file: string, body: string, locale: Locale, bodyLine = 1) => {
    for (const what of forbiddenHtml(body)) push(file, '(body)', `${what} is not allowed in Markdown (the page would drop it)`);
    for (const s of headingCollisions(body)) push(file, '(body)', `heading anchor "#${s}" collides with another heading or a reserved anchor`);
    // Directives, hand-written labels and quotation marks, each at its line in the file.
    for (const f of proseFaults(body, locale, refs)) push(file, `(body) line ${bodyLine + f.line - 1}`, f.message);
  };
  /** The same prose rules on a front-matter text (a title, a summary); directives are not rendered there. */
  const proseField = (file: string, field: string, text: string, locale: Locale) => {
    for (const f of proseFaults(text, locale, { claims: new Set(), sources: new Set() })) push(file, field, f.message.replace(/^unknown (claim|source) .*/, 'directives are not rendered here: write the name'));
  };

  for (const t of content.tags) {
    traditional(t.file, 'label.zh-TW', t.data.label['zh-TW']);
    traditional(t.file, 'description.zh-TW', t.data.description['zh-TW']);
  }

  // One lookup per source and locale, not a scan of all prose per source (linear at 10,000 pages).
  const proseKeys = new Set(content.sourceProse.map((e) => `${e.locale}:${e.id}`));
  for (const s of content.sources) {
    s.data.tags.forEach((t, i) => ref('tag', s.file, `tags[${i}]`, t));
    const p = s.data.published;
    if (p.precision === 'day') notFuture(s.file, 'published.date', p.date);
    if (p.precision === 'month') notFuture(s.file, 'published.date', `${p.date}-01`);
    if (p.precision === 'unknown' && p.estimate) {
      notFuture(s.file, 'published.estimate.earliest', p.estimate.earliest);
      if (p.estimate.latest < p.estimate.earliest) push(s.file, 'published.estimate.latest', 'expected latest to be on or after earliest');
    }
    if (s.data.title.lang === 'en') traditional(s.file, 'title.translation', s.data.title.translation);
    for (const locale of locales) {
      if (!proseKeys.has(`${locale}:${s.id}`) && !isPending('sourceProse', s.id, locale))
        push(s.file, '(translation)', `missing ${locale} prose: expected sources/${s.id}/${locale.toLowerCase()}.md with a summary`);
    }
  }

  for (const e of content.sourceProse) {
    if (!ids.source.has(e.id) && !isPending('sources', e.id)) push(e.file, '(id)', `prose for unknown source "${e.id}": expected sources/${e.id}/source.yaml`);
    markdownBody(e.file, e.body, e.locale, e.bodyLine);
    proseField(e.file, 'summary', e.data.summary, e.locale);
    if (e.locale === 'zh-TW') {
      traditional(e.file, 'summary', e.data.summary);
      traditional(e.file, '(body)', e.body);
    }
  }

  const sourceDates = new Map(content.sources.map((s) => [s.id, s.data.published]));
  for (const c of content.claims) {
    c.data.tags.forEach((t, i) => ref('tag', c.file, `tags[${i}]`, t));
    traditional(c.file, 'statement.zh-TW', c.data.statement['zh-TW']);
    const sourcesSeen = new Set<string>();
    c.data.positions.forEach((p, i) => {
      const at = `positions[${i}]`;
      ref('source', c.file, `${at}.source`, p.source);
      if (sourcesSeen.has(p.source)) push(c.file, `${at}.source`, `duplicate position: source "${p.source}" already has a position on this claim`);
      sourcesSeen.add(p.source);
      const tooLong = quoteTooLong(p.quote, p.quoteLang);
      if (tooLong) push(c.file, `${at}.quote`, tooLong);
      if (p.quoteLang === 'en') traditional(c.file, `${at}.translation`, p.translation);
      traditional(c.file, `${at}.note.zh-TW`, p.note['zh-TW']);
      if (p.value) traditional(c.file, `${at}.value.zh-TW`, p.value['zh-TW']);
    });
    for (const e of plotErrors(c.data, sourceDates)) push(c.file, e.field, e.message);
    // The verdict must be one its rule allows (src/lib/verdict.ts), over current positions.
    const fault = verdictFault(c.data.verdict.label, { kind: c.data.kind, positions: c.data.positions });
    if (fault) push(c.file, 'verdict.label', fault);
    traditional(c.file, 'verdict.reason.zh-TW', c.data.verdict.reason['zh-TW']);
    const status = claimStatus(c.data.positions);
    for (const field of ['assessment', 'settle'] as const) {
      const text = c.data[field];
      if (text) traditional(c.file, `${field}.zh-TW`, text['zh-TW']);
      else if (status === 'contested' || status === 'disputed')
        push(c.file, field, `expected ${field === 'assessment' ? 'the site’s assessment' : 'what would settle it'} ({ en, zh-TW }): the sources disagree on this claim (${status})`);
    }
  }

  const articlesById = new Map<string, LocalizedEntry<(typeof content.articles)[number]['data']>[]>();
  for (const a of content.articles) {
    articlesById.set(a.id, [...(articlesById.get(a.id) ?? []), a]);
    a.data.tags.forEach((t, i) => ref('tag', a.file, `tags[${i}]`, t));
    a.data.sources.forEach((s, i) => ref('source', a.file, `sources[${i}]`, s));
    a.data.claims.forEach((c, i) => ref('claim', a.file, `claims[${i}]`, c));
    notFuture(a.file, 'published', a.data.published);
    notFuture(a.file, 'updated', a.data.updated);
    if (a.data.updated < a.data.published) push(a.file, 'updated', `expected updated (${a.data.updated}) on or after published (${a.data.published})`);
    markdownBody(a.file, a.body, a.locale, a.bodyLine);
    proseField(a.file, 'title', a.data.title, a.locale);
    proseField(a.file, 'description', a.data.description, a.locale);
    if (a.locale === 'zh-TW') {
      traditional(a.file, 'title', a.data.title);
      traditional(a.file, 'description', a.data.description);
      traditional(a.file, '(body)', a.body);
    }
  }
  for (const [id, versions] of articlesById) {
    for (const locale of locales) {
      if (!versions.some((v) => v.locale === locale) && !isPending('articles', id, locale))
        push(versions[0]!.file, '(translation)', `missing ${locale} version: expected articles/${id}/${locale.toLowerCase()}.md`);
    }
    const [first, ...rest] = versions;
    for (const other of rest) {
      for (const field of ['sources', 'claims', 'tags', 'published', 'updated'] as const) {
        const a = JSON.stringify([first!.data[field]].flat().sort());
        const b = JSON.stringify([other.data[field]].flat().sort());
        if (a !== b) push(other.file, field, `differs from ${first!.file}: both language versions must give the same ${field}`);
      }
    }
  }
  // The site's own English in data files (notes, reasons, labels, English translations) writes ’ as its prose does.
  const english = (file: string, data: unknown) => {
    for (const [field, text] of siteEnglish(data)) {
      const [word] = straightApostrophes(text);
      if (word) push(file, field, apostropheMessage(word));
    }
  };
  for (const group of [content.tags, content.sources, content.claims, content.corrections ?? []]) for (const e of group) english(e.file, e.data);
  errors.push(...correctionErrors(content, opts.today, { claim: pendingIds('claims'), article: pendingIds('articles'), source: pendingIds('sources') }));
  for (const c of content.corrections ?? [])
    for (const field of ['summary', 'was', 'now', 'why'] as const) traditional(c.file, `${field}.zh-TW`, c.data[field]['zh-TW']);
  return errors;
}

/**
 * Every text of the site's own English in a data entry, with its field path:
 * the `en` side of each { en, zh-TW } pair, and a quote's or title's
 * translation when it is into English. Verbatim fields (a quote, a published
 * title, a reference label) are not the site's words and are left out.
 */
export function siteEnglish(data: unknown, path = ''): [string, string][] {
  if (!data || typeof data !== 'object') return [];
  const at = (k: string | number) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k);
  if (Array.isArray(data)) return data.flatMap((d, i) => siteEnglish(d, at(i)));
  const o = data as Record<string, unknown>;
  const out: [string, string][] = [];
  if (typeof o.en === 'string' && typeof o['zh-TW'] === 'string') return [[at('en'), o.en]];
  const fromChinese = o.quoteLang === 'zh-TW' || o.lang === 'zh-TW';
  if (fromChinese && typeof o.translation === 'string') out.push([at('translation'), o.translation]);
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') out.push(...siteEnglish(v, at(k)));
  return out;
}
