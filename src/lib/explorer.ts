// Row attributes for the explorer tables (src/components/explorer/): what each row can be filtered by, as
// `data-f-<filter>` holding space-separated values, so the table filters in the browser without more data.

/** Filter values of one row: filter key → the values the row has (none, one or several). */
export type RowFacets = Record<string, readonly (string | undefined)[]>;

// The URL parameters the table itself uses (src/lib/explorer-state.ts), which no filter may be named.
const RESERVED: Readonly<Record<string, string>> = { q: 'the keyword', sort: 'the sorted column', order: 'the sort order' };

export function rowFilterAttrs(facets: RowFacets): Record<`data-f-${string}`, string> {
  return Object.fromEntries(
    Object.entries(facets).map(([key, values]) => {
      if (!/^[a-z]+$/.test(key)) throw new Error(`explorer filter key "${key}" must be lowercase letters`);
      if (Object.hasOwn(RESERVED, key))
        throw new Error(`explorer filter key "${key}" is taken: the URL uses ?${key}= for ${RESERVED[key]}`);
      const list = values.filter((v): v is string => !!v);
      for (const v of list) if (/\s/.test(v)) throw new Error(`explorer filter value "${v}" (${key}) must not contain spaces`);
      return [`data-f-${key}`, list.join(' ')];
    }),
  );
}

/** Options of a filter from entries, keeping only those some row uses, in the order given. */
export function usedOptions<T extends { id: string }>(
  entries: readonly T[],
  label: (e: T) => string,
  rows: readonly RowFacets[],
  key: string,
) {
  const used = new Set(rows.flatMap((r) => r[key] ?? []));
  return entries.filter((e) => used.has(e.id)).map((e) => ({ value: e.id, label: label(e) }));
}
