// A throwaway git repository in os.tmpdir(), with fixed identities and
// commit dates, so translation-status tests see a history they wrote.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE } from './fixture.ts';

export interface TempRepo {
  dir: string;
  /** The content folder inside the repo. */
  content: string;
  git: (...args: string[]) => string;
  /** Commits everything staged or changed, at a fixed committer date (ISO, UTC). */
  commit: (message: string, date: string) => string;
  write: (file: string, text: string) => void;
  append: (file: string, text: string) => void;
}

export function tempRepo(): TempRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-git-'));
  const content = path.join(dir, 'content');
  fs.cpSync(FIXTURE, content, { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org' };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    content,
    git,
    commit(message, date) {
      git('add', '-A');
      execFileSync('git', ['-C', dir, 'commit', '-q', '-m', message], { env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });
      return git('rev-parse', 'HEAD').trim();
    },
    write: (file, text) => fs.writeFileSync(path.join(content, file), text),
    append: (file, text) => fs.appendFileSync(path.join(content, file), text),
  };
}
