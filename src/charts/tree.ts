// An indented tree (like a table of contents) from d3-hierarchy: it reads top to bottom on a phone as well
// as on a desk, and every node can link to its page.
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import { el, link, svg, text } from './svg';

export interface TreeNode {
  label: string;
  /** A short note after the label, e.g. the value-added target. */
  note?: string;
  href?: string | undefined;
  tone?: number;
  children?: TreeNode[];
}

export interface TreeOptions {
  id: string;
  title: string;
  description: string;
  width: number;
  indent: number;
  rowHeight: number;
  fontSize: number;
}

export const defaults = { width: 360, indent: 22, rowHeight: 26, fontSize: 13 } satisfies Partial<TreeOptions>;

export function tree(root: TreeNode, options: Pick<TreeOptions, 'id' | 'title' | 'description'> & Partial<TreeOptions>): string {
  const o = { ...defaults, ...options };
  // Pre-order (a parent, then each child's whole branch): the reading order. descendants() is breadth-first.
  const nodes: HierarchyNode<TreeNode>[] = [];
  hierarchy(root).eachBefore((n) => nodes.push(n));
  const rowOf = new Map(nodes.map((n, i) => [n, i]));
  const y = (i: number) => 6 + i * o.rowHeight + o.rowHeight / 2;
  const links = nodes
    .filter((n) => n.parent)
    .map((n) => {
      const px = n.parent!.depth * o.indent + 5;
      return el('path', { d: `M${px},${y(rowOf.get(n.parent!)!) + 6}V${y(rowOf.get(n)!)}H${n.depth * o.indent}`, class: 'line' });
    });
  const marks = nodes.map((n, i) => {
    const x = n.depth * o.indent;
    const label = n.data.note ? `${n.data.label} ${n.data.note}` : n.data.label;
    return link(
      n.data.href,
      label,
      el(
        'g',
        { transform: `translate(${x},${y(i)})` },
        el('circle', { cx: 5, cy: 0, r: 5, class: `c${n.data.tone ?? 0} focus` }),
        text({ x: 14, y: 0, dy: '0.35em', 'font-size': o.fontSize, class: 'ink', 'font-weight': n.children ? 'bold' : undefined }, label),
      ),
    );
  });
  return svg(
    { id: o.id, title: o.title, description: o.description, width: o.width, height: nodes.length * o.rowHeight + 12, fontSize: o.fontSize },
    ...links,
    ...marks,
  );
}
