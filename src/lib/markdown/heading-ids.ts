/**
 * rehype-slug turns "### 000: choose a deployment mode" or "## 2026 年 6 月"
 * into ids that start with a digit. HTML allows them, but a CSS selector
 * (`#000-…`, `document.querySelector`) does not, and html-validate's valid-id
 * rule rejects them: such an id gets an `h-` prefix. Ids that already start
 * with a letter keep their slug, so existing links to them stay valid.
 */

interface Node {
  type: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/**
 * @example letterFirstId('000-choose') === 'h-000-choose'
 * @example letterFirstId('what-it-adds') === 'what-it-adds'
 */
export function letterFirstId(id: string): string {
  return /^\p{L}/u.test(id) ? id : `h-${id}`;
}

/** Rehype plugin; runs after rehype-slug. */
export function rehypeLetterFirstIds() {
  return (tree: Node) => {
    const walk = (node: Node) => {
      const id = node.properties?.id;
      if (node.type === 'element' && typeof id === 'string') node.properties!.id = letterFirstId(id);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
