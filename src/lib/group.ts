// Indexes built once per build, so a page that asks "which of these belong to X" reads a map instead of scanning
// every entry: at 10,000 projects and 1,000 units a scan per unit page is ten million checks (#15).

/**
 * The items under each key `keys` gives them, each list in the items' own order. An item is listed once under a
 * key even when `keys` names that key twice, as a filter over the items would list it.
 */
export function groupBy<T, K>(items: Iterable<T>, keys: (item: T) => Iterable<K | undefined>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      if (key === undefined) continue;
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** `make()` computed on first use and kept: indexes a build may never need cost nothing until asked for. */
export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
