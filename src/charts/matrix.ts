// Rows × columns with a mark where a row is named for a column: who answers for what. A filled square with
// a tick means "named", so the reading does not depend on colour.
import { el, link, svg, text, textWidth, type RestRow } from './svg';

export interface MatrixOptions {
  id: string;
  title: string;
  description: string;
  /** Defaults to fit the longest row label (Han characters are about 1em wide). */
  labelWidth: number;
  cell: number;
  /** Defaults to fit the longest column label, set at 60°. */
  headerHeight: number;
  fontSize: number;
  /**
   * 'left': a classic matrix, row labels before the cells. 'above': each row label on its own line over its
   * cells, so a wide matrix fits a phone with readable labels.
   */
  rowLabels: 'left' | 'above';
  /** A summary's last row, after the rows: how many are not drawn, and where they are listed. */
  rest?: RestRow | undefined;
}

export const defaults = { cell: 20, fontSize: 12, rowLabels: 'left' } satisfies Partial<MatrixOptions>;

export interface MatrixData {
  rows: { label: string; href?: string | undefined }[];
  columns: { label: string; href?: string | undefined; tone?: number }[];
  /** cells[row][column]: named or not. */
  cells: boolean[][];
}

export function matrix(data: MatrixData, options: Pick<MatrixOptions, 'id' | 'title' | 'description'> & Partial<MatrixOptions>): string {
  const fontSize = options.fontSize ?? defaults.fontSize;
  const longestColumn = Math.max(...data.columns.map((c) => textWidth(c.label, fontSize)));
  const above = (options.rowLabels ?? defaults.rowLabels) === 'above';
  const o = {
    ...defaults,
    labelWidth: above ? 0 : Math.ceil(Math.max(...data.rows.map((r) => textWidth(r.label, fontSize)))) + 10,
    headerHeight: Math.ceil(longestColumn * Math.sin(Math.PI / 3)) + 12,
    ...options,
  };
  // Above the cells, a row label takes a line of its own.
  const labelLine = above ? o.fontSize + 6 : 0;
  const rowHeight = labelLine + o.cell;
  // Column labels lean right at 60°: leave room for the last one. Labels set above rows need their width too.
  const grid = o.labelWidth + data.columns.length * o.cell + Math.ceil(longestColumn * Math.cos(Math.PI / 3)) + 8;
  const restWidth = o.rest ? Math.ceil(textWidth(o.rest.label, fontSize)) + 4 : 0;
  const width = Math.max(
    above ? Math.max(grid, Math.ceil(Math.max(...data.rows.map((r) => textWidth(r.label, fontSize)))) + 4) : grid,
    restWidth,
  );
  const rowsEnd = o.headerHeight + data.rows.length * rowHeight + 4;
  const height = o.rest ? rowsEnd + o.fontSize + 12 : rowsEnd;
  const header = data.columns.map((c, j) =>
    link(
      c.href,
      c.label,
      text(
        {
          transform: `translate(${o.labelWidth + j * o.cell + o.cell / 2 + 4},${o.headerHeight - 6}) rotate(-60)`,
          'font-size': o.fontSize,
          class: 'ink',
        },
        c.label,
      ),
    ),
  );
  const rows = data.rows.map((r, i) => {
    const top = o.headerHeight + i * rowHeight;
    const y = top + labelLine;
    const cells = data.columns.map((c, j) =>
      data.cells[i]![j]
        ? el(
            'g',
            { transform: `translate(${o.labelWidth + j * o.cell + 2},${y + 2})` },
            el('rect', { width: o.cell - 4, height: o.cell - 4, rx: 2, class: `c${c.tone ?? 0}` }),
            el('path', { d: `M4,${(o.cell - 4) / 2}l3,3l5,-7`, class: 'tick' }),
          )
        : el('rect', { x: o.labelWidth + j * o.cell + o.cell / 2 - 1, y: y + o.cell / 2 - 1, width: 2, height: 2, class: 'muted' }),
    );
    return el(
      'g',
      {},
      i % 2 ? el('rect', { x: 0, y: top, width, height: rowHeight, class: 'bg', opacity: 0.5 }) : undefined,
      link(
        r.href,
        r.label,
        above
          ? text({ x: 2, y: top + o.fontSize + 2, 'font-size': o.fontSize, class: 'ink' }, r.label)
          : text(
              { x: o.labelWidth - 6, y: y + o.cell / 2, dy: '0.35em', 'text-anchor': 'end', 'font-size': o.fontSize, class: 'ink' },
              r.label,
            ),
      ),
      ...cells,
    );
  });
  const rest = o.rest
    ? link(
        o.rest.href,
        o.rest.label,
        text({ x: 2, y: rowsEnd + o.fontSize + 2, 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, o.rest.label),
      )
    : '';
  return svg({ id: o.id, title: o.title, description: o.description, width, height, fontSize: o.fontSize }, ...header, ...rows, rest);
}
