/**
 * Which language version of an article or a source reading has fallen
 * behind the other, read from git history alone (so a given commit always
 * gives the same answer: no clock, no file times).
 *
 * Pure: it takes the log as data (src/lib/git-history.ts runs git). A pair
 * is walked oldest commit first:
 * - a commit whose message carries SKIP_KEYWORD, or that the skip list
 *   (SKIP_FILE) names, changes nothing (a typo fix the other language does
 *   not need);
 * - a commit that changes both versions leaves them in step;
 * - a commit that changes one version while the other is ahead brings it
 *   up to date (the translator's catch-up);
 * - otherwise it is a revision the other version has not followed yet.
 * A version is *behind* when its counterpart has such unfollowed revisions.
 * History that cannot show this (no git, no repository, a shallow clone
 * that cuts the pair's past, a file never committed) gives `unknown`,
 * never a guess.
 */
import { LOCALE_CODES, localeInfo, type Locale } from '../i18n/locales.ts';

/** Put this in a commit message when the change needs no translation (a typo, a link fix). */
export const SKIP_KEYWORD = '[i18n-skip]';

/**
 * The same, for a commit already made without the keyword: a list in the
 * content folder of commits (hash, or a prefix of 7 or more) and why each
 * needs no translation. History is never rewritten to add a keyword.
 */
export const SKIP_FILE = 'i18n-skip.yaml';

export interface Commit {
  hash: string;
  /** Committer time, seconds since the epoch (git's %ct). */
  time: number;
  message: string;
  /** Files changed, relative to the content folder, forward slashes. */
  files: readonly string[];
}

/** Why history cannot tell. */
export type UnknownReason = 'no-git' | 'no-repository' | 'shallow' | 'uncommitted';

export type History =
  | { available: true; commits: readonly Commit[]; shallowBoundary: ReadonlySet<string> }
  | { available: false; reason: Exclude<UnknownReason, 'shallow' | 'uncommitted'>; detail?: string };

export type PairKind = 'article' | 'source';

export interface Pair {
  kind: PairKind;
  id: string;
  /** Each locale's file, relative to the content folder. */
  files: Readonly<Record<Locale, string>>;
}

/** A commit as a page shows it: its date in UTC (YYYY-MM-DD). */
export interface Revision {
  hash: string;
  date: string;
}

export type PairState =
  | { state: 'current'; last: Readonly<Record<Locale, Revision>> }
  | { state: 'behind'; behind: Locale; ahead: Locale; /** the counterpart's latest unfollowed revision */ revised: Revision; /** its first */ since: Revision }
  | { state: 'unknown'; reason: UnknownReason };

export type PairStatus = Pair & { status: PairState };

/** @example isSkipped('Fix a typo [i18n-skip]') === true */
export const isSkipped = (message: string) => message.toLowerCase().includes(SKIP_KEYWORD);

/** A commit is skipped by its message or by the list. @example skippedBy(['2f67ce5'])({ hash: '2f67ce5e…', message: 'x' }) === true */
export const skippedBy =
  (listed: readonly string[]) =>
  (c: Pick<Commit, 'hash' | 'message'>): boolean =>
    isSkipped(c.message) || listed.some((h) => c.hash.startsWith(h));

/** @example utcDay(0) === '1970-01-01' */
export const utcDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

const revision = (c: Commit): Revision => ({ hash: c.hash, date: utcDay(c.time) });

/** The language-version files of every article and source reading. */
export function translationPairs(ids: { articles: readonly string[]; sources: readonly string[] }, locales: readonly Locale[] = LOCALE_CODES): Pair[] {
  const files = (folder: string, id: string) => Object.fromEntries(locales.map((l) => [l, `${folder}/${id}/${localeInfo(l).path}.md`])) as Record<Locale, string>;
  return [
    ...[...new Set(ids.articles)].sort().map((id) => ({ kind: 'article' as const, id, files: files('articles', id) })),
    ...[...new Set(ids.sources)].sort().map((id) => ({ kind: 'source' as const, id, files: files('sources', id) })),
  ];
}

/** One pair's state. `commits` must be oldest first; `skips` lists commits that need no translation (SKIP_FILE). */
export function pairState(pair: Pair, history: History, skips: readonly string[] = []): PairState {
  const skipped = skippedBy(skips);
  if (!history.available) return { state: 'unknown', reason: history.reason };
  const locales = Object.keys(pair.files) as Locale[];
  const sideOf = new Map(locales.map((l) => [pair.files[l], l]));
  const touching = history.commits.filter((c) => c.files.some((f) => sideOf.has(f)));
  // A shallow clone's oldest commit looks as if it added every file at once:
  // starting the walk there would invent an "in step" state.
  if (touching[0] && history.shallowBoundary.has(touching[0].hash)) return { state: 'unknown', reason: 'shallow' };
  const last = new Map<Locale, Revision>();
  /** Revisions of each locale that the other has not followed yet. */
  const pending = new Map<Locale, Revision[]>(locales.map((l) => [l, []]));
  for (const c of touching) {
    const sides = [...new Set(c.files.flatMap((f) => sideOf.get(f) ?? []))];
    for (const s of sides) last.set(s, revision(c));
    if (skipped(c)) continue;
    if (sides.length === locales.length) {
      for (const l of locales) pending.set(l, []);
      continue;
    }
    const [side] = sides as [Locale];
    const aheadOthers = locales.filter((l) => l !== side && pending.get(l)!.length > 0);
    if (aheadOthers.length) for (const l of aheadOthers) pending.set(l, []);
    else pending.get(side)!.push(revision(c));
  }
  if (locales.some((l) => !last.has(l))) return { state: 'unknown', reason: 'uncommitted' };
  for (const ahead of locales) {
    const revs = pending.get(ahead)!;
    if (!revs.length) continue;
    const behind = locales.find((l) => l !== ahead)!;
    return { state: 'behind', behind, ahead, revised: revs.at(-1)!, since: revs[0]! };
  }
  return { state: 'current', last: Object.fromEntries(last) as Record<Locale, Revision> };
}

export function translationStatus(pairs: readonly Pair[], history: History, skips: readonly string[] = []): PairStatus[] {
  return pairs.map((p) => ({ ...p, status: pairState(p, history, skips) }));
}

/** The order of the editors' list: pairs needing a translator, then pairs history cannot judge, then pairs in step. */
export const ATTENTION_ORDER = ['behind', 'unknown', 'current'] as const satisfies readonly PairState['state'][];

/**
 * The pairs in ATTENTION_ORDER, keeping their order (kind, then id) within
 * each state, so what needs work is on the list's first page.
 * @example attentionFirst([{ status: { state: 'current' } }, { status: { state: 'behind' } }]).map((p) => p.status.state) // ['behind', 'current']
 */
export function attentionFirst<T extends { status: Pick<PairState, 'state'> }>(pairs: readonly T[]): T[] {
  return [...pairs].sort((a, b) => ATTENTION_ORDER.indexOf(a.status.state) - ATTENTION_ORDER.indexOf(b.status.state));
}

/** What a page in `locale` should say about its own version, or null when nothing. */
export function noticeFor(status: PairState | undefined, locale: Locale): { ahead: Locale; revised: Revision } | null {
  if (status?.state !== 'behind' || status.behind !== locale) return null;
  return { ahead: status.ahead, revised: status.revised };
}
