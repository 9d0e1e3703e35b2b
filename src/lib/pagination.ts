// Long lists split into numbered pages, so no page grows past #15's HTML budget however much content there is.
// Page 1 is the list's own address; the rest follow it (paths.listPage). At the real size every list fits on one page.

/**
 * Rows per page of the long lists (/projects/, /targets/) and most links a page lists inline: 100 rows of the widest
 * list, in English, keep a page under #15's 300 KB of HTML.
 */
export const PAGE_SIZE = 100;

/** How many pages `total` items fill at `size` per page; an empty list still has its one page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(items.length, size))
    throw new Error(`page ${page} is not a page of ${items.length} items at ${size} per page`);
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers after the first (1 is the list's own address), for getStaticPaths. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
