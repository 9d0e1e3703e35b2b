// A filter form's state in the URL's query: a keyword (?q=) and at most one value per filter (?<key>=<value>),
// shared by the explorer tables (src/scripts/explorer-table.ts) and the /search/ page (src/scripts/search-page.ts).
// Reading accepts only what the form offers, so an old, mistyped or hostile link falls back to "all".

/** One filter of the form: its key (the select's name) and the values it offers, "all" ('') not among them. */
export interface FilterField {
  key: string;
  values: readonly string[];
}

export interface FilterState {
  /** The keyword as given (the box shows it so); the URL gets it trimmed. */
  q: string;
  /** Filter key → chosen value; a filter left at "all" is absent or ''. */
  filters: ReadonlyMap<string, string>;
}

export function parseFilters(params: URLSearchParams, fields: readonly FilterField[]): FilterState {
  const filters = new Map<string, string>();
  for (const { key, values } of fields) {
    const value = params.get(key);
    if (value && values.includes(value)) filters.set(key, value);
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query entries of a state: the keyword, then the form's filters in its order; empty ones left out. */
export const filterEntries = (state: FilterState, fields: readonly FilterField[]) =>
  [['q', state.q.trim()], ...fields.map(({ key }) => [key, state.filters.get(key) ?? ''])].filter(([, value]) => value) as [
    string,
    string,
  ][];

/** A same-page address with the given query, `?` only when there is one. */
export const withQuery = (pathname: string, params: URLSearchParams, hash = '') => `${pathname}${params.size ? `?${params}` : ''}${hash}`;

/** How many pages of results a list shows (?page=), 1 when absent or not a whole number from 1 to `max`. */
export function parsePage(params: URLSearchParams, max = 100): number {
  const raw = params.get('page') ?? '';
  const n = /^[1-9][0-9]*$/.test(raw) ? Number(raw) : 1;
  return n <= max ? n : 1;
}

/** The query with its page: `page` is left out at 1, so the first page keeps the plain address. */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('page');
  if (page > 1) out.set('page', String(page));
  return out;
}
