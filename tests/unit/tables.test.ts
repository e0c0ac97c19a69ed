import { describe, expect, it } from 'vitest';
import { rehypeAccessibleTables } from '../../src/lib/markdown/tables.ts';

type N = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: N[] };
const e = (tagName: string, children: N[] = [], properties: Record<string, unknown> = {}): N => ({ type: 'element', tagName, properties, children });
const t = (value: string): N => ({ type: 'text', value });
const gfmTable = () =>
  e('table', [e('thead', [e('tr', [e('th', [t('Model')]), e('th', [t('Price')])])]), e('tbody', [e('tr', [e('td', [t('Claude')]), e('td', [t('$15')])])])]);

describe('rehypeAccessibleTables()', () => {
  it('captions a table with the heading before it and wraps it in a labelled scroll container', () => {
    const tree = e('root', [e('h2', [t('Prices')]), e('p', [t('text')]), gfmTable()]);
    rehypeAccessibleTables()(tree);
    const wrap = tree.children![2]!;
    expect(wrap).toMatchObject({ tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabelledBy: 'table-1' } });
    const caption = wrap.children![0]!.children![0]!;
    expect(caption).toMatchObject({ tagName: 'caption', properties: { id: 'table-1' } });
    expect(caption.children![0]!.value).toBe('Prices');
  });

  it('scopes header cells as columns and turns each row’s first cell into a row header', () => {
    const tree = e('root', [e('h3', [t('x')]), gfmTable()]);
    rehypeAccessibleTables()(tree);
    const table = tree.children![1]!.children![0]!;
    const [, thead, tbody] = table.children!;
    expect(thead!.children![0]!.children!.map((c) => c.properties!.scope)).toEqual(['col', 'col']);
    const cells = tbody!.children![0]!.children!;
    expect(cells.map((c) => [c.tagName, c.properties!.scope])).toEqual([['th', 'row'], ['td', undefined]]);
  });

  it('leaves a table without a heading uncaptioned rather than invent a caption', () => {
    const tree = e('root', [gfmTable()]);
    rehypeAccessibleTables()(tree);
    const table = tree.children![0]!.children![0]!;
    expect(table.children!.some((c) => c.tagName === 'caption')).toBe(false);
  });
});
