// The kinds of thing search finds, and the facets it filters by. Shared by the build (index, suggestions)
// and the browser (result labels, filters).

export const ENTITY_TYPES = ['industry', 'programme', 'platform', 'project', 'target', 'unit', 'clause', 'glossary', 'section'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A type's name as shown on results and in the type filter, from the string table (search.type.<type>). It is also
 * the value of Pagefind's `type` filter, so the pages, the records and the suggestion list must all take it from there.
 */
export type TypeLabel = (type: EntityType) => string;

/** Filter values of one search record. Values are display names, so the URL reads as the page does. */
export interface Facets {
  type: EntityType;
  industry?: string[];
  unit?: string[];
  category?: string[];
}

export const FILTER_KEYS = ['type', 'industry', 'unit', 'category'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
