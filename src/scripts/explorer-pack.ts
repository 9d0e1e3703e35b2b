// The briefing pack and the plain CSV of an explorer table (src/scripts/explorer-table.ts), fetched on the first click
// together with the ZIP library (and, at the same time, the data it joins), so a page that is only read carries none
// of it. The rows are read from the table itself: the columns as headed on screen and each cell's text, so the files
// hold what the reader saw (names, the plan's spelling of units, clause labels), with the clauses' addresses.
import { briefingPack, cellText, packCsv, packName, type PackWords, type ShownTable } from '../lib/briefing-pack';
import { localeOfPath, localizedPath, paths } from '../lib/paths';

/** What a pack is made of besides the rows shown: /data/<dataset>.json and its dictionary, fetched with this module. */
export type PackData = [rows: Record<string, unknown>[], dictionaryCsv: string];

/** Marks inside a cell that are not its value (a label for a card layout, an icon, words for screen readers only such
 *  as a citation link's 出处): left out of the files. */
const NOT_VALUE = '[data-pack-skip], [aria-hidden="true"], .sr-only';

/** The table as the reader sees it: the headings, and the rows shown in their order. */
export function shownTable(table: HTMLElement): ShownTable {
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const text = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll(NOT_VALUE).forEach((e) => e.remove());
    return cellText(copy.textContent ?? '');
  };
  const planPrefix = new URL(localizedPath(paths.plan(), localeOfPath(location.pathname)), location.href).href + '#';
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('[data-explorer-rows] > tr:not([hidden])')].map((tr) => {
    const cells = [...tr.cells];
    return {
      id: tr.dataset['id']!,
      cells: cells.map(text),
      clauseUrls: cells.map((c) => [...c.querySelectorAll('a')].map((a) => a.href).filter((href) => href.startsWith(planPrefix))),
    };
  });
  return { columns: heads.map(text), rows };
}

function save(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);
const idFieldsOf = (table: HTMLElement) => (table.dataset['packIds'] ?? 'id').split(' ');
const wordsOf = (table: HTMLElement) => JSON.parse(table.dataset['packWords'] ?? '{}') as PackWords;

/**
 * Downloads the rows `table` shows, with their data dictionary and citation, as one ZIP; `filters` are the form's
 * active [name, value] pairs, written into the pack as labelled on the page. Returns how many rows it holds.
 */
export function downloadPack(
  table: HTMLElement,
  form: HTMLFormElement,
  filters: [string, string][],
  [raw, dictionaryCsv]: PackData,
): number {
  const { dataset = '', title = '', citationZh = '', citationGbt = '', terms = '' } = table.dataset;
  const shown = shownTable(table);
  const labels = filters.map(([name, value]) => {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const label = table.querySelector(`label[for="${field.id}"]`)?.textContent ?? name;
    return `${label}：${field instanceof HTMLSelectElement ? field.selectedOptions[0]!.textContent : value}`;
  });
  const date = today();
  const zip = briefingPack({
    dataset,
    title,
    table: shown,
    raw,
    idFields: idFieldsOf(table),
    dictionaryCsv,
    citation: { zh: citationZh, gbt: citationGbt },
    filters: labels,
    url: location.href,
    date,
    terms: terms.split('\n'),
    words: wordsOf(table),
  });
  save(new Blob([zip as BlobPart], { type: 'application/zip' }), packName({ dataset, date }));
  return shown.rows.length;
}

/** Downloads the rows `table` shows as one CSV (UTF-8 with BOM), the same columns as the pack's. */
export function downloadCsv(table: HTMLElement, [raw]: PackData): number {
  const dataset = table.dataset['dataset'] ?? '';
  const shown = shownTable(table);
  const csv = packCsv({ table: shown, raw, idFields: idFieldsOf(table), words: wordsOf(table) });
  save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), packName({ dataset, date: today() }, 'csv'));
  return shown.rows.length;
}
