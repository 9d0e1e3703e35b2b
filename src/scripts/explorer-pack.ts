// The briefing pack of an explorer table (src/scripts/explorer-table.ts), fetched on the first click together with
// the ZIP library (and, at the same time, the data it packs), so a page that is only read carries none of it.
import { briefingPack, packName, type PackWords } from '../lib/briefing-pack';

/** What a pack is made of besides the rows shown: /data/<dataset>.json and its dictionary, fetched with this module. */
export type PackData = [rows: Record<string, unknown>[], dictionaryCsv: string];

/**
 * Downloads the rows `table` shows, with their data dictionary and citation, as one ZIP; `filters` are the form's
 * active [name, value] pairs, written into the pack as labelled on the page. Returns how many rows it holds.
 */
export function downloadPack(
  table: HTMLElement,
  form: HTMLFormElement,
  filters: [string, string][],
  [rows, dictionaryCsv]: PackData,
): number {
  const { dataset = '', title = '', citationZh = '', citationGbt = '', terms = '', packWords = '' } = table.dataset;
  const byId = new Map(rows.map((r) => [r['id'], r]));
  const shown = [...table.querySelectorAll<HTMLTableRowElement>('[data-explorer-rows] > tr:not([hidden])')].map((r) =>
    byId.get(r.dataset['id'])!,
  );
  const labels = filters.map(([name, value]) => {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const label = table.querySelector(`label[for="${field.id}"]`)?.textContent ?? name;
    return `${label}：${field instanceof HTMLSelectElement ? field.selectedOptions[0]!.textContent : value}`;
  });
  const date = new Date().toISOString().slice(0, 10);
  const zip = briefingPack({
    dataset,
    title,
    rows: shown,
    dictionaryCsv,
    citation: { zh: citationZh, gbt: citationGbt },
    filters: labels,
    url: location.href,
    date,
    terms: terms.split('\n'),
    words: JSON.parse(packWords) as PackWords,
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
  a.download = packName({ dataset, date });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return shown.length;
}
