// What every chart of the site is: drawn by one chart kind, with its words, sources, data table and JSON, all from
// one definition so the table always matches what is drawn.
export interface Chart {
  /** URL-safe id (see ids.ts): /charts/<id>.svg, /embed/<id>/. */
  id: string;
  /** The chart module that draws it. */
  kind: 'bars' | 'tree' | 'timeline' | 'waffle' | 'matrix';
  title: string;
  /** One sentence: what the chart's data holds (the downloads' caption); a summary has its own, `summary.caption`. */
  caption: string;
  sources: string[];
  /** Where the chart stands on the site. */
  page: string;
  svg: string;
  /**
   * The same chart laid out for narrow screens, where `svg` would shrink its labels below a readable size;
   * the page shows one or the other by the width available. Downloads and embeds use `svg`.
   */
  narrowSvg?: string;
  /** Every row, for the downloads (/charts/<id>.csv); the page shows `summary` instead when there is one. */
  table: { columns: string[]; rows: (string | number)[][] };
  /**
   * When the chart draws a summary (more rows than CHART_CAP, src/lib/chart-cap.ts): the table the page shows, the
   * drawn rows and then one row for the rest, each with the link of its first cell (a row's place in its paginated
   * list; for the rest, the list), so every row stays reachable without JavaScript.
   */
  summary?: {
    /** The caption of what is drawn: `caption`, then how many rows are shown and how many are left to the list. */
    caption: string;
    rows: (string | number)[][];
    hrefs: string[];
  };
  data: unknown;
}
