// How many rows a chart draws before it draws a summary instead, so a chart stays readable and within #15's page
// budget however much content there is. The data files (/charts/<id>.csv, .json) keep every row; the page's chart
// and table show the summary, with the rest one row that links to the full, paginated list.

/**
 * Most rows (bars, recurring marks, matrix rows) one chart draws. The real content's largest chart has 32 rows (the
 * count targets on /targets/), so at the real size no chart is summarised. At the cap a bar chart with its table
 * weighs about 20 KB of HTML; the accountability matrix, drawn twice (wide and narrow), about 140 KB, as it does with
 * the real units.
 */
export const CHART_CAP = 40;

/** What a summarised list keeps: the rows drawn, and how many are left out. */
export interface Capped<T> {
  shown: T[];
  /** How many rows are not drawn: 0 when the whole list fits. */
  rest: number;
}

function checkCap(cap: number): void {
  if (!Number.isInteger(cap) || cap < 1) throw new Error(`a chart's cap must be a positive whole number, not ${cap}`);
}

/** The first `cap` items (the caller orders them: largest first, or the plan's order) and how many are left out. */
export function capRows<T>(items: readonly T[], cap = CHART_CAP): Capped<T> {
  checkCap(cap);
  return { shown: items.slice(0, cap), rest: Math.max(0, items.length - cap) };
}

/**
 * Rows in groups (targets by unit, each group on its own scale), capped in all: each group keeps its first rows, and
 * the cap is shared out one row to each group in turn, so a small group is shown whole and no group is dropped while
 * the cap allows. Groups stay in their order, each shown group's rows in theirs; empty groups are left out.
 */
export function capGroups<T>(groups: readonly (readonly T[])[], cap = CHART_CAP): Capped<T[]> {
  checkCap(cap);
  const total = groups.reduce((n, g) => n + g.length, 0);
  const take = groups.map(() => 0);
  let left = Math.min(cap, total);
  while (left > 0)
    for (let i = 0; i < groups.length && left > 0; i++)
      if (take[i]! < groups[i]!.length) {
        take[i]!++;
        left--;
      }
  const shown = groups.map((g, i) => g.slice(0, take[i])).filter((g) => g.length > 0);
  return { shown, rest: total - shown.reduce((n, g) => n + g.length, 0) };
}
