// Translation status against real git repositories in os.tmpdir(): the
// module reads what git says, as the build does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/lib/git-history.ts';
import { contentDir } from '../../src/lib/content/paths.ts';
import { readSkipList } from '../../src/lib/content/read.ts';
import { translationPairs, translationStatus } from '../../src/lib/translation-status.ts';
import { tempRepo } from '../helpers/git-repo.ts';

const cleanup: string[] = [];
afterEach(() => {
  for (const d of cleanup.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const pairs = translationPairs({ articles: ['sample-article'], sources: ['alpha-report', 'beta-post'] });
const statusOf = (dir: string, kind: string, id: string, opts?: { git?: string }) =>
  translationStatus(pairs, readHistory(dir, opts)).find((p) => p.kind === kind && p.id === id)!.status;

describe('translation status from a git repository', () => {
  it('puts the Chinese article behind after an English-only edit, and a skip-keyword typo fix changes nothing', () => {
    const repo = tempRepo();
    cleanup.push(repo.dir);
    repo.commit('Add the corpus in both languages', '2026-11-30T09:00:00Z');
    expect(statusOf(repo.content, 'article', 'sample-article')).toMatchObject({ state: 'current' });

    repo.append('articles/sample-article/en.md', '\nA new paragraph the Chinese version does not have yet.\n');
    const revision = repo.commit('Revise the sample article', '2026-12-05T23:30:00Z');
    repo.append('sources/alpha-report/en.md', '\nTypo fixed.\n');
    repo.append('articles/sample-article/en.md', '\nTypo fixed.\n');
    repo.commit('Fix typos [i18n-skip]', '2026-12-06T08:00:00Z');

    expect(statusOf(repo.content, 'article', 'sample-article')).toEqual({
      state: 'behind',
      behind: 'zh-TW',
      ahead: 'en',
      revised: { hash: revision, date: '2026-12-05' },
      since: { hash: revision, date: '2026-12-05' },
    });
    // The typo fix alone did not make the source reading stale.
    expect(statusOf(repo.content, 'source', 'alpha-report')).toMatchObject({ state: 'current' });

    // The translator follows; the pair is in step again.
    repo.append('articles/sample-article/zh-tw.md', '\n新的一段。\n');
    repo.commit('Translate the revision', '2026-12-07T08:00:00Z');
    expect(statusOf(repo.content, 'article', 'sample-article')).toMatchObject({ state: 'current' });
  });

  it('says unknown for a copy without .git, and when git is missing', () => {
    const repo = tempRepo();
    cleanup.push(repo.dir);
    repo.commit('Add the corpus', '2026-11-30T09:00:00Z');
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-nogit-'));
    cleanup.push(copy);
    fs.cpSync(repo.content, copy, { recursive: true });
    expect(statusOf(copy, 'article', 'sample-article')).toEqual({ state: 'unknown', reason: 'no-repository' });
    expect(statusOf(repo.content, 'article', 'sample-article', { git: 'git-that-is-not-installed' })).toEqual({ state: 'unknown', reason: 'no-git' });
  });

  it('says unknown in a shallow clone whose cut hides the pair’s history', () => {
    const repo = tempRepo();
    cleanup.push(repo.dir);
    repo.commit('Add the corpus', '2026-11-30T09:00:00Z');
    repo.append('articles/sample-article/en.md', '\nMore.\n');
    repo.commit('Revise', '2026-12-01T09:00:00Z');
    repo.append('sources/beta-post/en.md', '\nMore.\n');
    repo.commit('Revise beta', '2026-12-02T09:00:00Z');
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-shallow-'));
    cleanup.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { stdio: 'ignore' });
    const content = path.join(clone, 'content');
    expect(statusOf(content, 'article', 'sample-article')).toEqual({ state: 'unknown', reason: 'shallow' });
    expect(statusOf(content, 'source', 'beta-post')).toEqual({ state: 'unknown', reason: 'shallow' });
    // The full repository knows.
    expect(statusOf(repo.content, 'source', 'beta-post')).toMatchObject({ state: 'behind', behind: 'zh-TW' });
  });
});

describe('the skip list of this repository (content/i18n-skip.yaml)', () => {
  const content = contentDir();
  const history = readHistory(content);
  const listed = readSkipList(content);

  it('names commits that exist here and changed one language version of every page they touched', () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(listed.length).toBeGreaterThan(0);
    const all = translationPairs({ articles: fs.readdirSync(path.join(content, 'articles')), sources: fs.readdirSync(path.join(content, 'sources')) });
    for (const hash of listed) {
      const matches = history.commits.filter((c) => c.hash.startsWith(hash));
      expect(matches, hash).toHaveLength(1);
      const files = matches[0]!.files;
      const twoSided = all.filter((p) => Object.values(p.files).every((f) => files.includes(f))).map((p) => p.id);
      expect(twoSided, `${hash} changed both versions of these pages: nothing to skip`).toEqual([]);
    }
  });

  it('keeps those commits from marking the other version behind, and nothing else', () => {
    const pairs = translationPairs({ articles: fs.readdirSync(path.join(content, 'articles')), sources: fs.readdirSync(path.join(content, 'sources')) });
    const without = translationStatus(pairs, history).filter((p) => p.status.state === 'behind');
    const withList = translationStatus(pairs, history, listed).filter((p) => p.status.state === 'behind');
    expect(withList.length).toBeLessThan(without.length);
    // Every page the list clears was behind only because of listed commits.
    for (const p of without.filter((w) => !withList.some((x) => x.id === w.id && x.kind === w.kind))) {
      const s = p.status as Extract<typeof p.status, { state: 'behind' }>;
      expect(listed.some((h) => s.since.hash.startsWith(h)), `${p.kind} ${p.id}`).toBe(true);
    }
  });
});
