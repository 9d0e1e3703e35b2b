// Search words from the string table, for the modules that take them (src/lib/search/types.ts, TypeLabel).
import type { EntityType } from '../lib/search/types';
import { t } from '.';

/** A result type's name: shown on results, and the value of Pagefind's `type` filter on every page and record. */
export const typeLabel = (type: EntityType): string => t(`search.type.${type}`);
