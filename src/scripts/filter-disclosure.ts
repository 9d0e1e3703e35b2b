// Shows in a FilterDisclosure's summary what its filters are set to (src/lib/filter-summary.ts); called by the
// elements that own the filters (explorer-table.ts, search-page.ts) whenever they change.
import { filterSummary } from '../lib/filter-summary';

/** `chosen`: the label of each filter set, blank for a filter left at "all". */
export function showActiveFilters(root: ParentNode, chosen: readonly string[]): void {
  const details = root.querySelector<HTMLElement>('[data-filter-disclosure]');
  const summary = details?.querySelector<HTMLElement>('[data-filter-summary]');
  if (!details || !summary) return;
  const words = {
    none: details.dataset['summaryNone']!,
    some: details.dataset['summarySome']!,
    separator: details.dataset['summarySeparator']!,
  };
  summary.textContent = filterSummary(words, chosen);
}

/** The label of the option a select shows, blank while it shows "all" (''). */
export function chosenLabel(select: HTMLSelectElement): string {
  return select.value ? (select.selectedOptions[0]?.textContent ?? '') : '';
}
