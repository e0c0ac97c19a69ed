// The derived views that keep every page's cost independent of corpus size (issue 7).
import { describe, expect, it } from 'vitest';
import { articlesByClaim, buildMatrixPages, positionsByClaim, silentSources, tagPages } from '../../src/lib/derive.ts';
import { makeArticle, makeClaim, makeSource } from '../helpers/factories.ts';

const sources = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makeSource(id));
const claim = (id: string, ...on: string[]) => makeClaim(id, on.map((source) => ({ source })));

describe('buildMatrixPages()', () => {
  it('keeps a small matrix on one page with every speaking source as a column, in source order', () => {
    const pages = buildMatrixPages([claim('x', 'c', 'a'), claim('y', 'b')], sources);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(pages[0]!.rows.map((r) => r.cells.map((c) => c?.source ?? null))).toEqual([['a', null, 'c'], [null, 'b', null]]);
  });
  it('starts a new page when the rows or the cells would exceed the limits', () => {
    const claims = ['1', '2', '3', '4', '5'].map((id, i) => claim(`c${id}`, sources[i]!.id));
    expect(buildMatrixPages(claims, sources, { rows: 2, cells: 100 }).map((p) => p.rows.length)).toEqual([2, 2, 1]);
    // 2 rows × 2 columns = 4 cells fits; a third row would need 3 × 3.
    const byCells = buildMatrixPages(claims, sources, { rows: 50, cells: 4 });
    expect(byCells.map((p) => p.sources.map((s) => s.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(byCells.map((p) => [p.page, p.pages, p.start])).toEqual([[1, 3, 0], [2, 3, 2], [3, 3, 4]]);
  });
  it('gives a claim wider than the cell budget a page of its own rather than dropping it', () => {
    const pages = buildMatrixPages([claim('wide', 'a', 'b', 'c', 'd'), claim('n', 'a')], sources, { rows: 50, cells: 3 });
    expect(pages.map((p) => p.rows.map((r) => r.claim.id))).toEqual([['wide'], ['n']]);
  });
});

describe('positionsByClaim() and silentSources()', () => {
  const claims = [claim('x', 'd', 'a')];
  const site = { sources, claimById: new Map(claims.map((c) => [c.id, c])) };
  it('pairs each position with its source, in source order', () => {
    expect(positionsByClaim(claims, sources).get('x')!.map((p) => p.source.id)).toEqual(['a', 'd']);
  });
  it('names the silent sources while there are few, and gives up (null) past the limit', () => {
    expect(silentSources(site, 'x')!.map((s) => s.id)).toEqual(['b', 'c', 'e', 'f']);
    expect(silentSources(site, 'x', 3)).toBeNull();
  });
});

describe('articlesByClaim()', () => {
  it('lists the articles citing each claim once, in article order', () => {
    const map = articlesByClaim([makeArticle('new', { claims: ['x', 'x', 'y'] }), makeArticle('old', { claims: ['x'] })]);
    expect(map.get('x')!.map((a) => a.id)).toEqual(['new', 'old']);
    expect(map.get('y')!.map((a) => a.id)).toEqual(['new']);
    expect(map.get('z')).toBeUndefined();
  });
});

describe('tagPages()', () => {
  it('pages a tag’s articles, then claims, then sources', () => {
    const bucket = { articles: [makeArticle('a1')], claims: [claim('c1', 'a'), claim('c2', 'a')], sources: [sources[0]!] };
    const pages = tagPages(bucket, 2);
    expect(pages.map((p) => [p.articles.length, p.claims.length, p.sources.length])).toEqual([[1, 1, 0], [0, 1, 1]]);
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
  });
});
