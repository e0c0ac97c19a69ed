import { describe, expect, it } from 'vitest';
import { groupRuns, pagedTitle, paginate, pagerWindow } from '../../src/lib/paginate.ts';
import { localizedUrl } from '../../src/lib/urls.ts';

describe('paginate()', () => {
  it('cuts a list into pages of at most the given size, in order, numbering from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.page, p.pages, p.start])).toEqual([[1, 3, 0], [2, 3, 2], [3, 3, 4]]);
  });
  it('keeps one empty page for an empty list, so the list page still exists', () => {
    expect(paginate([], 10)).toEqual([{ page: 1, pages: 1, start: 0, items: [] }]);
  });
  it('refuses a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
    expect(() => paginate([1], 2, 0)).toThrow(/at least 1/);
  });
  it('sizes the first page apart when asked, the others after it, every item once', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6], 3, 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => [p.page, p.pages, p.start])).toEqual([[1, 3, 0], [2, 3, 2], [3, 3, 5]]);
    expect(paginate([1, 2], 3, 2).map((p) => p.items)).toEqual([[1, 2]]);
    expect(paginate([], 3, 2)).toEqual([{ page: 1, pages: 1, start: 0, items: [] }]);
    for (let n = 0; n <= 20; n++) {
      const list = Array.from({ length: n }, (_, i) => i);
      const cut = paginate(list, 4, 3);
      expect(cut.flatMap((p) => p.items), `${n} items`).toEqual(list);
      expect(cut.every((p) => p.items.length <= (p.page === 1 ? 3 : 4)), `${n} items`).toBe(true);
      expect(cut.every((p) => p.page === 1 || p.items.length > 0), `${n} items`).toBe(true);
    }
  });
});

describe('pagerWindow()', () => {
  it('shows the first, the last and the neighbours of the current page, with gaps marked', () => {
    expect(pagerWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagerWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });
  it('stays the same size however many pages there are', () => {
    expect(pagerWindow(500, 1000)).toHaveLength(7);
  });
});

describe('localizedUrl() for numbered pages', () => {
  it('keeps page 1 at the list’s own URL and puts later pages under page/<n>/', () => {
    expect(localizedUrl('en', { kind: 'claims', page: 1 })).toBe('/en/claims/');
    expect(localizedUrl('zh-TW', { kind: 'claims', page: 3 })).toBe('/zh-tw/claims/page/3/');
    expect(localizedUrl('en', { kind: 'tag', id: 'capex', page: 2 })).toBe('/en/tags/capex/page/2/');
  });
});

describe('groupRuns()', () => {
  it('groups neighbours that share a key and keeps the order', () => {
    expect(groupRuns(['a1', 'a2', 'b1', 'a3'], (s) => s[0]).map((g) => [g.key, g.items])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['a', ['a3']],
    ]);
  });
});

describe('pagedTitle()', () => {
  it('keeps the list title on page 1 and numbers the pages after it', () => {
    expect(pagedTitle('{title}, page {n} of {pages}', 'Sources', 1, 3)).toBe('Sources');
    expect(pagedTitle('{title}, page {n} of {pages}', 'Sources', 2, 3)).toBe('Sources, page 2 of 3');
  });
});
