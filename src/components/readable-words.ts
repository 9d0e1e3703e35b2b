// The words of open data's readable CSV and of the dictionary's column about it (src/lib/open-data.ts), from the
// string table; lib code takes its words from its callers.
import { t } from '../i18n';
import { formatHedgeWord, formatUnit } from '../i18n/format';
import type { ReadableKind, ReadableWords } from '../lib/open-data';

export function readableWords(): ReadableWords {
  return {
    yes: t('chart.yes'),
    no: t('page.data.no'),
    separator: t('list.separator'),
    recordSeparator: t('readable.recordSeparator'),
    colon: t('readable.colon'),
    code: (field, value) => (field === 'unit' ? formatUnit(value) : field === 'hedge' ? formatHedgeWord(value) : undefined),
  };
}

/** What a column of the readable CSV holds, by the kind of its field. */
export function readableNote(kind: ReadableKind): string {
  return t(`readable.${kind}`);
}
