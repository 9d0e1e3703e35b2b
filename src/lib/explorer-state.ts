// The explorer tables' state (src/scripts/explorer-table.ts), without the DOM: keyword, filters and sort order
// read from and written to the URL (?q=…&<filter>=…&sort=<column>&order=asc|desc), which rows match, and their order.
import { filterEntries, parseFilters, type FilterField, type FilterState } from './filter-state';

export type SortKind = 'text' | 'number';
export interface Sort {
  key: string;
  order: 'asc' | 'desc';
}

/** What a table offers: its filters, and its columns with how each sorts (a column without `sort` does not). */
export interface ExplorerSchema {
  filters: readonly FilterField[];
  columns: readonly { key: string; sort?: SortKind | undefined }[];
}

export interface ExplorerState extends FilterState {
  /** None: plan order. */
  sort?: Sort | undefined;
}

/** How a column sorts, if it does. */
export const sortKind = (schema: ExplorerSchema, key: string) => schema.columns.find((c) => c.key === key)?.sort;

export function parseExplorerState(params: URLSearchParams, schema: ExplorerSchema): ExplorerState {
  const key = params.get('sort');
  const sort =
    key && sortKind(schema, key) ? { key, order: params.get('order') === 'desc' ? ('desc' as const) : ('asc' as const) } : undefined;
  return { ...parseFilters(params, schema.filters), sort };
}

export function explorerParams(state: ExplorerState, schema: ExplorerSchema): URLSearchParams {
  const params = new URLSearchParams(filterEntries(state, schema.filters));
  if (state.sort) {
    params.set('sort', state.sort.key);
    params.set('order', state.sort.order);
  }
  return params;
}

/** A click on a column's header: ascending first, then it toggles. */
export const nextSort = (sort: Sort | undefined, key: string): Sort => ({
  key,
  order: sort?.key === key && sort.order === 'asc' ? 'desc' : 'asc',
});

/** Text as the keyword compares it: without case or white space. */
export const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** One row as the filter sees it: filter key → its space-separated values (data-f-<key>), and its normalised text. */
export interface RowFacts {
  facets: (key: string) => string | undefined;
  text: string;
}

/** Whether a row has every chosen filter value and contains every word of the keyword. */
export function rowMatcher(state: FilterState): (row: RowFacts) => boolean {
  const words = state.q.split(/\s+/).map(normalise).filter(Boolean);
  const filters = [...state.filters].filter(([, value]) => value);
  return (row) =>
    filters.every(([key, value]) => (row.facets(key) ?? '').split(' ').includes(value)) && words.every((w) => row.text.includes(w));
}

// Chinese in pinyin order (as people look names up), digits within text by value (项目2 before 项目10).
const collator = new Intl.Collator('zh-CN', { numeric: true });
// A value that is not a number sorts as the largest.
const number = (value: string) => (isNaN(+value) ? Infinity : +value);

/** The rows (given in plan order) ordered by one column's values; ties, and no sort at all, keep plan order. */
export function sortRows<T>(
  rows: readonly T[],
  sort: { kind: SortKind; order: Sort['order'] } | undefined,
  value: (row: T) => string,
): T[] {
  const sign = sort?.order === 'desc' ? -1 : 1;
  const compare = sort?.kind === 'number' ? (a: string, b: string) => number(a) - number(b) || 0 : collator.compare;
  // Array sort is stable: rows that compare equal stay in the order given.
  return sort ? [...rows].sort((a, b) => sign * compare(value(a), value(b))) : [...rows];
}
