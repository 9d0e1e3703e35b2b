// The words of the briefing pack's README and citation file (src/lib/briefing-pack.ts), from the string table.
// Explorer.astro hands them to the browser in data-pack-words, so the pack is written in the page's language
// without the script loading the table.
import { t } from '../i18n';
import type { PackWords } from '../lib/briefing-pack';

export function packWords(): PackWords {
  return {
    heading: t('pack.heading'),
    filters: t('pack.filters'),
    noFilters: t('pack.noFilters'),
    page: t('pack.page'),
    date: t('pack.date'),
    files: t('pack.files'),
    file: {
      csv: t('pack.file.csv'),
      json: t('pack.file.json'),
      dictionary: t('pack.file.dictionary'),
      citation: t('pack.file.citation'),
    },
    note: t('pack.note'),
    citationZh: t('citeThis.zh'),
    column: t('pack.column'),
    links: t('pack.links'),
    linksDescription: t('pack.linksDescription'),
    readable: t('pack.noteReadable'),
  };
}
