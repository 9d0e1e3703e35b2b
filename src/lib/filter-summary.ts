// The summary of a folded filter area (FilterDisclosure.astro): its label alone while nothing is chosen, otherwise
// how many filters are set and what they are, so a reader on a phone sees the selection without opening it.
// The words come from the caller (the string table, through the element's data attributes).
import { fill } from './template';

export interface SummaryWords {
  /** The label alone, e.g. 筛选. */
  none: string;
  /** With {n} and {values}, e.g. 筛选（已选{n}项：{values}）. */
  some: string;
  /** Joins the chosen values. */
  separator: string;
}

/** `chosen`: the label of each filter set, in form order; empty or blank entries are filters left at "all". */
export function filterSummary(words: SummaryWords, chosen: readonly string[]): string {
  const values = chosen.map((c) => c.trim()).filter(Boolean);
  return values.length ? fill(words.some, { n: values.length, values: values.join(words.separator) }) : words.none;
}
