// A waffle: one square per unit (10亿元, one project…), grouped by category in rows, each group labelled
// with its name and total so it reads without colour.
import { el, link, svg, text } from './svg';

export interface WaffleGroup {
  label: string;
  /** Number of squares. */
  count: number;
  /** What the group's squares add up to, in words: 400亿元以上. */
  totalLabel: string;
  href?: string | undefined;
  tone?: number;
}

export interface WaffleOptions {
  /** Between the parts of a mark's accessible name (“：”, or “: ” in English). */
  separator?: string;
  id: string;
  title: string;
  description: string;
  width: number;
  columns: number;
  cell: number;
  gap: number;
  fontSize: number;
  /** What one square stands for, shown as a key. */
  unitLabel: string;
}

export const defaults = { width: 340, columns: 20, cell: 14, gap: 3, fontSize: 12 } satisfies Partial<WaffleOptions>;

export function waffle(
  groups: readonly WaffleGroup[],
  options: Pick<WaffleOptions, 'id' | 'title' | 'description' | 'unitLabel'> & Partial<WaffleOptions>,
): string {
  const o = { ...defaults, ...options };
  const step = o.cell + o.gap;
  let y = 4;
  const parts: string[] = [];
  for (const g of groups) {
    const rows = Math.ceil(g.count / o.columns);
    const cells = Array.from({ length: g.count }, (_, i) =>
      el('rect', {
        x: (i % o.columns) * step,
        y: y + 20 + Math.floor(i / o.columns) * step,
        width: o.cell,
        height: o.cell,
        rx: 2,
        class: `c${g.tone ?? 0}`,
      }),
    );
    parts.push(
      link(
        g.href,
        `${g.label}${o.separator ?? '：'}${g.totalLabel}`,
        el(
          'g',
          {},
          text({ x: 0, y: y + 12, 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, `${g.label} ${g.totalLabel}`),
          ...cells,
        ),
      ),
    );
    y += 20 + rows * step + 10;
  }
  parts.push(
    el('rect', { x: 0, y: y, width: o.cell, height: o.cell, rx: 2, class: 'c3' }),
    text({ x: step + 2, y: y + o.cell - 3, 'font-size': o.fontSize, class: 'muted' }, `= ${o.unitLabel}`),
  );
  y += o.cell + 6;
  return svg(
    { id: o.id, title: o.title, description: o.description, width: Math.max(o.width, o.columns * step), height: y, fontSize: o.fontSize },
    ...parts,
  );
}
