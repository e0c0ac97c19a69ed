// The scaffold behind `npm run new`: ids it refuses, the files each kind
// writes, the TODO finder (tests/tools/new.test.ts runs the command itself).
import { describe, expect, it } from 'vitest';
import { todoFields } from '../../src/lib/content/todo.ts';
import { idProblem, scaffold, type Existing } from '../../src/lib/scaffold.ts';

const EXISTING: Existing = { sources: ['alpha-report'], claims: ['launch-q1'], articles: ['sample-article'], tags: ['timeline'], glyphs: ['A'] };

describe('idProblem()', () => {
  it.each([
    ['claim', 'Big_Money', /not kebab-case/],
    ['claim', 'two--hyphens', /not kebab-case/],
    ['source', 'page', /reserved for numbered list pages/],
    ['source', 'alpha-report', /taken: source "alpha-report" already exists/],
    ['article', 'Sample-Article', /not kebab-case/],
    ['claim', 'launch-q1', /taken/],
  ] as const)('refuses %s id %s', (kind, id, reason) => {
    expect(idProblem(kind, id, EXISTING)).toMatch(reason);
  });
  it('accepts a fresh kebab-case id', () => {
    expect(idProblem('source', 'launch-filing', EXISTING)).toBeNull();
  });
});

describe('scaffold()', () => {
  it.each([
    ['source', ['sources/x/source.yaml', 'sources/x/en.md', 'sources/x/zh-tw.md']],
    ['claim', ['claims/x.yaml']],
    ['article', ['articles/x/en.md', 'articles/x/zh-tw.md']],
  ] as const)('writes every %s file, in both languages', (kind, paths) => {
    const r = scaffold(kind, 'x', EXISTING);
    expect('files' in r && r.files.map((f) => f.path)).toEqual(paths);
  });
});

describe('todoFields()', () => {
  it('finds TODO in values at any depth and in body lines, and nothing in finished content', () => {
    expect(todoFields({ kind: 'TODO', positions: [{ quote: 'x', note: { en: 'TODO: why' } }], n: 3 }, 'one\nTODO here')).toEqual([
      { field: 'kind' },
      { field: 'positions[0].note.en' },
      { field: '(body)', line: 2 },
    ]);
    expect(todoFields({ statement: 'Todos los modelos', x: 'TODOS' }, 'No mark here.')).toEqual([]);
  });
});
