import { describe, expect, it } from 'vitest';
import { SEARCHABLE_KINDS, SEARCH_SHARDS, isSearchable, shardGlob } from '../../src/lib/search-scope.ts';
import { localizedUrl, searchBundleUrl, type Route } from '../../src/lib/urls.ts';

describe('what search indexes', () => {
  it('holds the first page of each item kind, and no list, comparison, search or missing page', () => {
    const yes: Route[] = [{ kind: 'article', id: 'a' }, { kind: 'source', id: 's' }, { kind: 'claim', id: 'c' }, { kind: 'tag', id: 't' }, { kind: 'data' }, { kind: 'method' }];
    const no: (Route | null)[] = [{ kind: 'home' }, { kind: 'claims' }, { kind: 'claims', page: 2 }, { kind: 'disagreements' }, { kind: 'sources' }, { kind: 'articles' }, { kind: 'tags' }, { kind: 'search' }, { kind: 'corrections' }, { kind: 'compare', id: 'a--b' }, { kind: 'tag', id: 't', page: 2 }, null];
    expect(yes.filter((r) => !isSearchable(r))).toEqual([]);
    expect(no.filter((r) => isSearchable(r))).toEqual([]);
  });

  it('splits the searchable kinds into shards, each kind in exactly one', () => {
    const kinds = SEARCH_SHARDS.flatMap((s) => [...s.kinds]);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(kinds)).toEqual(SEARCHABLE_KINDS);
  });

  it('gives each shard a glob over its sections in one language, matching the pages it holds', () => {
    const [pages, claims] = SEARCH_SHARDS;
    expect(shardGlob('zh-TW', claims)).toBe('zh-tw/claims/**/*.html');
    expect(shardGlob('en', pages)).toBe('en/{articles,sources,tags,data,method}/**/*.html');
    // The glob's section is the one the page URLs use.
    expect(localizedUrl('zh-TW', { kind: 'claim', id: 'x' }).startsWith('/zh-tw/claims/')).toBe(true);
  });

  it('gives each shard of each language its own bundle folder', () => {
    expect(searchBundleUrl('zh-TW', 'claims')).toBe('/pagefind/zh-tw/claims/');
    expect(searchBundleUrl('en', 'pages')).toBe('/pagefind/en/pages/');
  });
});
