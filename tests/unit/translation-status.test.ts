import { describe, expect, it } from 'vitest';
import { attentionFirst, noticeFor, pairState, translationPairs, type Commit, type History } from '../../src/lib/translation-status.ts';
import { parseSkipList } from '../../src/lib/content/skip-list.ts';
import { parseLog } from '../../src/lib/git-history.ts';
import { noticeView } from '../../src/lib/translation-notice.ts';

const [pair] = translationPairs({ articles: ['launch'], sources: [] });
const EN = 'articles/launch/en.md';
const ZH = 'articles/launch/zh-tw.md';
let n = 0;
const day = (d: string) => Date.parse(`${d}T12:00:00Z`) / 1000;
const c = (date: string, files: string[], message = 'Edit'): Commit => ({ hash: `h${++n}`, time: day(date), message, files });
const history = (...commits: Commit[]): History => ({ available: true, commits, shallowBoundary: new Set() });

describe('translationPairs()', () => {
  it('pairs each article and source reading by its locale files', () => {
    const pairs = translationPairs({ articles: ['b', 'a'], sources: ['s'] });
    expect(pairs.map((p) => [p.kind, p.id, p.files])).toEqual([
      ['article', 'a', { en: 'articles/a/en.md', 'zh-TW': 'articles/a/zh-tw.md' }],
      ['article', 'b', { en: 'articles/b/en.md', 'zh-TW': 'articles/b/zh-tw.md' }],
      ['source', 's', { en: 'sources/s/en.md', 'zh-TW': 'sources/s/zh-tw.md' }],
    ]);
  });
});

describe('pairState()', () => {
  it('is current when both versions were written together', () => {
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH])))).toMatchObject({ state: 'current' });
  });

  it('puts the Chinese version behind an English-only revision, dated by that commit (UTC)', () => {
    const s = pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-12-05', [EN], 'Revise the timeline')));
    expect(s).toEqual({ state: 'behind', behind: 'zh-TW', ahead: 'en', revised: { hash: expect.any(String), date: '2026-12-05' }, since: expect.objectContaining({ date: '2026-12-05' }) });
    expect(noticeFor(s, 'zh-TW')).toMatchObject({ ahead: 'en', revised: { date: '2026-12-05' } });
    expect(noticeFor(s, 'en')).toBeNull();
  });

  it('works the other way round: an English version behind a Chinese revision', () => {
    const s = pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-11-03', [ZH])));
    expect(s).toMatchObject({ state: 'behind', behind: 'en', ahead: 'zh-TW' });
  });

  it('ignores commits that carry the skip keyword, in any case', () => {
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-11-02', [EN], 'Fix a typo [i18n-skip]')))).toMatchObject({ state: 'current' });
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-11-02', [EN], 'Fix a typo [I18N-SKIP]')))).toMatchObject({ state: 'current' });
  });

  it('ignores commits the skip list names, by full hash or a prefix of 7 or more, and only those', () => {
    const zhOnly = c('2026-11-02', [ZH], 'Chinese typography');
    const h = history(c('2026-11-01', [EN, ZH]), zhOnly);
    expect(pairState(pair!, h)).toMatchObject({ state: 'behind', behind: 'en' });
    expect(pairState(pair!, h, [zhOnly.hash])).toMatchObject({ state: 'current' });
    const long = { ...zhOnly, hash: '2f67ce5e9a1b' };
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH]), long), ['2f67ce5'])).toMatchObject({ state: 'current' });
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH]), long), ['2f67ce6'])).toMatchObject({ state: 'behind' });
  });

  it('keeps the latest unfollowed revision and the first, and a skipped typo fix on the stale side does not catch it up', () => {
    const s = pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-11-02', [EN]), c('2026-11-04', [EN]), c('2026-11-05', [ZH], 'Typo [i18n-skip]')));
    expect(s).toMatchObject({ state: 'behind', behind: 'zh-TW', since: { date: '2026-11-02' }, revised: { date: '2026-11-04' } });
  });

  it('counts the stale side’s next real commit as its catch-up, which does not put the other side behind', () => {
    expect(pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-11-02', [EN]), c('2026-11-03', [ZH], 'Translate the revision')))).toMatchObject({ state: 'current' });
  });

  it('is current again once one commit changes both versions', () => {
    expect(pairState(pair!, history(c('2026-11-01', [EN]), c('2026-11-02', [EN, ZH])))).toMatchObject({ state: 'current' });
  });

  it('says unknown, never a state, without history', () => {
    expect(pairState(pair!, { available: false, reason: 'no-repository' })).toEqual({ state: 'unknown', reason: 'no-repository' });
    expect(pairState(pair!, { available: false, reason: 'no-git' })).toEqual({ state: 'unknown', reason: 'no-git' });
  });

  it('says unknown when a shallow clone cuts the pair’s history', () => {
    const first = c('2026-11-01', [EN, ZH, 'other.md']);
    const h: History = { available: true, commits: [first, c('2026-11-02', [EN])], shallowBoundary: new Set([first.hash]) };
    expect(pairState(pair!, h)).toEqual({ state: 'unknown', reason: 'shallow' });
    // A pair born after the cut has its whole history in view.
    const later: History = { ...h, commits: [first, c('2026-11-03', ['articles/x/en.md', 'articles/x/zh-tw.md']), c('2026-11-04', ['articles/x/en.md'])] };
    expect(pairState(translationPairs({ articles: ['x'], sources: [] })[0]!, later)).toMatchObject({ state: 'behind', behind: 'zh-TW' });
  });

  it('says unknown for a version that was never committed', () => {
    expect(pairState(pair!, history(c('2026-11-01', [EN])))).toEqual({ state: 'unknown', reason: 'uncommitted' });
  });
});

describe('parseSkipList()', () => {
  it('reads the listed commits', () => {
    expect(parseSkipList([{ commit: '2f67ce5e', why: 'Chinese typography only.' }], 'i18n-skip.yaml')).toEqual({ commits: ['2f67ce5e'], errors: [] });
  });
  it('names the entry and field of a short hash, a missing reason or an unknown field', () => {
    const { errors } = parseSkipList([{ commit: 'abc', why: 'Chinese typography only.' }, { commit: '2f67ce5e' }, { commit: '2f67ce5e', why: 'Chinese typography only.', by: 'me' }], 'i18n-skip.yaml');
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual(['i18n-skip.yaml [0].commit', 'i18n-skip.yaml [1].why', 'i18n-skip.yaml [2]']);
    expect(errors[0]!.message).toMatch(/7 to 40/);
  });
});

describe('parseLog()', () => {
  it('reads hash, committer time, message and files', () => {
    const out = `\x1eabc\x1f1764936000\x1fRevise\n\nBody [i18n-skip]\n\x1f\n\narticles/a/en.md\nsources/s/zh-tw.md\n\x1edef\x1f1764939600\x1fMerge\x1f\n`;
    expect(parseLog(out)).toEqual([
      { hash: 'abc', time: 1764936000, message: 'Revise\n\nBody [i18n-skip]', files: ['articles/a/en.md', 'sources/s/zh-tw.md'] },
      { hash: 'def', time: 1764939600, message: 'Merge', files: [] },
    ]);
  });
});

describe('noticeView()', () => {
  const behind = pairState(pair!, history(c('2026-11-01', [EN, ZH]), c('2026-12-05', [EN])));
  it('tells a Chinese reader, in Chinese, when the English version was revised, and links to it', () => {
    expect(noticeView(behind, 'zh-TW', 'article', 'launch')).toEqual({
      text: '英文版已於 2026\u00a0年 12\u00a0月 5\u00a0日修訂，這個版本可能尚未反映這次修訂。',
      linkText: '閱讀英文版',
      href: '/en/articles/launch/',
      hreflang: 'en',
      date: '2026-12-05',
    });
  });
  it('tells an English reader of a source reading behind the Chinese one', () => {
    const s = pairState(translationPairs({ articles: [], sources: ['s'] })[0]!, history(c('2026-11-01', ['sources/s/en.md', 'sources/s/zh-tw.md']), c('2026-12-05', ['sources/s/zh-tw.md'])));
    expect(noticeView(s, 'en', 'source', 's')).toMatchObject({
      text: 'The Chinese version was revised on December 5, 2026; this version may not reflect that yet.',
      linkText: 'Read the Chinese version',
      href: '/zh-tw/sources/s/',
    });
  });
  it('says nothing on the newer version, on a current pair, or when history cannot tell', () => {
    expect(noticeView(behind, 'en', 'article', 'launch')).toBeNull();
    expect(noticeView(pairState(pair!, history(c('2026-11-01', [EN, ZH]))), 'zh-TW', 'article', 'launch')).toBeNull();
    expect(noticeView({ state: 'unknown', reason: 'shallow' }, 'zh-TW', 'article', 'launch')).toBeNull();
  });
});

describe('attentionFirst()', () => {
  const at = (id: string, state: 'behind' | 'unknown' | 'current') => ({ id, status: { state } });
  it('puts pairs behind first, then unknown, then in step, keeping their order within each', () => {
    const list = [at('a', 'current'), at('b', 'unknown'), at('c', 'behind'), at('d', 'current'), at('e', 'behind'), at('f', 'unknown')];
    expect(attentionFirst(list).map((p) => p.id)).toEqual(['c', 'e', 'b', 'f', 'a', 'd']);
  });

  it('leaves its input as it was', () => {
    const list = [at('a', 'current'), at('b', 'behind')];
    attentionFirst(list);
    expect(list.map((p) => p.id)).toEqual(['a', 'b']);
  });
});
