/**
 * Markdown tables as a screen-reader user and a phone need them. GFM gives
 * a bare <table>: no caption, header cells without scope, and nothing to
 * stop a wide table from widening the page. For each table this plugin
 *  - adds a caption named after the section it sits in (the nearest heading
 *    before it), visually hidden because that heading is already on screen;
 *  - scopes the header row's cells as columns, and makes each body row's
 *    first cell its row header (a Markdown table's first column names the row);
 *  - wraps it in the same focusable, labelled scroll container the site's
 *    own tables use (.table-scroll).
 */

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const el = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({ type: 'element', tagName, properties, children });
const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
const isHeading = (n: Node) => n.type === 'element' && /^h[1-6]$/.test(n.tagName ?? '');

function scopeCells(table: Node): void {
  for (const section of table.children ?? []) {
    for (const row of section.children ?? []) {
      const cells = (row.children ?? []).filter((c) => c.type === 'element');
      if (section.tagName === 'thead') for (const c of cells) c.properties = { ...c.properties, scope: 'col' };
      else if (section.tagName === 'tbody' && cells[0]) Object.assign(cells[0], { tagName: 'th', properties: { ...cells[0].properties, scope: 'row' } });
    }
  }
}

/**
 * Rehype plugin. A table with no heading before it gets no caption (there is
 * no UI string to invent one from); the built-site test then names the page.
 * @example unified().use(rehypeSlug).use(rehypeAccessibleTables)
 */
export function rehypeAccessibleTables() {
  return (tree: Node) => {
    let n = 0;
    let heading = '';
    // Document order matters (the caption is the heading before the table), so walk depth-first.
    const walk = (parent: Node) => {
      const kids = parent.children ?? [];
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i]!;
        if (isHeading(node)) heading = textOf(node).trim();
        if (node.type === 'element' && node.tagName === 'table') {
          const id = `table-${++n}`;
          scopeCells(node);
          if (heading) node.children = [el('caption', { id, className: ['visually-hidden'] }, [{ type: 'text', value: heading }]), ...(node.children ?? [])];
          kids[i] = el('section', { className: ['table-scroll'], tabIndex: 0, ...(heading && { ariaLabelledBy: id }) }, [node]);
        } else walk(node);
      }
    };
    walk(tree);
  };
}
