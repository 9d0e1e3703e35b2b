// What an explorer table (src/scripts/explorer-table.ts) does once it is used: keeps the page's table in step with the
// state of src/lib/explorer-state.ts. Nothing is re-rendered: rows already in the page are only hidden or moved.
// Fetched on the first sort, filter or download, or at once when the URL holds a selection, so a page that is only
// read neither downloads it nor spends its time on the rows (#15: 4 KB of script, no long task on load).
// Status texts come in data-status-* attributes rather than an import of the whole string table.
import { paths, localeOfPath } from '../lib/paths';
import {
  explorerParams,
  nextSort,
  normalise,
  parseExplorerState,
  rowMatcher,
  sortKind,
  sortRows,
  type ExplorerSchema,
  type ExplorerState,
  type SortKind,
} from '../lib/explorer-state';
import { filterEntries, withQuery } from '../lib/filter-state';
import { fill } from '../lib/template';
import { chosenLabel, showActiveFilters } from './filter-disclosure';

/** The rows of an explorer table in `root` (the page, or another page of the list fetched for its rows). */
const rowsOf = (root: ParentNode) => [...root.querySelectorAll<HTMLTableRowElement>('[data-explorer-rows] > tr')];

export class ExplorerEngine {
  #table: HTMLElement;
  #form: HTMLFormElement;
  #selects: HTMLSelectElement[];
  #heads: HTMLTableCellElement[];
  #rows: { el: HTMLTableRowElement; facets: (key: string) => string | undefined; text: string }[];
  #schema: ExplorerSchema;
  #state: ExplorerState = { q: '', filters: new Map() };

  /**
   * The engine for `table`, with every row in it: on a list split into pages (PageNav.astro) the other pages' rows are
   * fetched from their links and join this page's in list order, so filters, sorting and downloads cover the whole list.
   */
  static async load(table: HTMLElement): Promise<ExplorerEngine> {
    const links = [...table.querySelectorAll<HTMLAnchorElement>('[data-page-nav] a')];
    if (links.length > 0) {
      const pages = await Promise.all(
        links.map(async (a) => {
          if (a.getAttribute('aria-current')) return rowsOf(table);
          // Parsed into an inert <template>, not a DOMParser document: Chromium checks a DOMParser document's <style>
          // elements against this page's Content-Security-Policy, whose hashes are this page's own, and reports each.
          const parsed = document.createElement('template');
          parsed.innerHTML = await fetch(a.href).then((r) => r.text());
          const page = parsed.content.getElementById(table.id);
          return page ? rowsOf(page) : [];
        }),
      );
      table.querySelector('[data-explorer-rows]')!.append(...pages.flat());
    }
    return new ExplorerEngine(table);
  }

  constructor(table: HTMLElement) {
    this.#table = table;
    this.#form = this.#find<HTMLFormElement>('[data-explorer-form]');
    this.#selects = [...this.#form.querySelectorAll('select')];
    this.#heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    this.#rows = rowsOf(table).map((el) => ({
      el,
      facets: (key: string) => el.getAttribute(`data-f-${key}`) ?? undefined,
      text: normalise(el.textContent ?? ''),
    }));
    this.#schema = {
      filters: this.#selects.map((s) => ({ key: s.name, values: [...s.options].map((o) => o.value).filter(Boolean) })),
      columns: this.#heads.map((h) => ({ key: h.dataset['key']!, sort: h.dataset['sort'] as SortKind | undefined })),
    };
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.#table.querySelector<T>(selector)!;
  }

  /** A sort button was pressed. */
  sort(key: string) {
    this.#apply({ ...this.#state, sort: nextSort(this.#state.sort, key) });
  }

  /** The form changed. */
  input() {
    this.#apply({ ...this.#fromForm(), sort: this.#state.sort });
  }

  reset() {
    this.#form.reset();
    this.#apply(this.#fromForm());
  }

  /** State from the URL, shown in the form; a value a select does not offer falls back to “all”. */
  read() {
    const state = parseExplorerState(new URLSearchParams(location.search), this.#schema);
    this.#keyword().value = state.q;
    for (const s of this.#selects) s.value = state.filters.get(s.name) ?? '';
    this.#apply(state, false);
  }

  #keyword() {
    return this.#form.elements.namedItem('q') as HTMLInputElement;
  }

  #fromForm(): ExplorerState {
    return { q: this.#keyword().value, filters: new Map(this.#selects.map((s) => [s.name, s.value])) };
  }

  #apply(state: ExplorerState, write = true) {
    this.#state = state;
    const match = rowMatcher(state);
    for (const row of this.#rows) row.el.hidden = !match(row);
    const shown = this.#rows.filter((row) => !row.el.hidden).length;
    const n = this.#rows.length;
    this.#order();
    const data = this.#table.dataset;
    this.#find('[data-explorer-status]').textContent = fill(data[shown < n ? 'statusSome' : 'statusAll']!, {
      shown,
      n,
      noun: data['noun']!,
    });
    this.#find('[data-explorer-empty]').hidden = shown > 0;
    this.#find<HTMLButtonElement>('[data-explorer-zip]').disabled = !shown;
    this.#find<HTMLButtonElement>('[data-explorer-csv]').disabled = !shown;
    showActiveFilters(this.#table, [state.q, ...this.#selects.map(chosenLabel)]);
    if (write) history.replaceState(history.state, '', withQuery(location.pathname, explorerParams(state, this.#schema), location.hash));
  }

  /** Rows in plan order, or by the chosen column (cells may carry data-sort-value), said to screen readers. */
  #order() {
    const sort = this.#state.sort;
    const index = this.#heads.findIndex((h) => h.dataset['key'] === sort?.key);
    const kind = sort && sortKind(this.#schema, sort.key);
    const sorted = sortRows(this.#rows, kind && { kind, order: sort!.order }, ({ el }) => {
      const cell = el.cells[index]!;
      return cell.dataset['sortValue'] ?? cell.textContent?.trim() ?? '';
    });
    this.#find('[data-explorer-rows]').append(...sorted.map((r) => r.el));
    this.#heads.forEach((h, i) => {
      if (i === index) h.setAttribute('aria-sort', sort!.order === 'asc' ? 'ascending' : 'descending');
      else h.removeAttribute('aria-sort');
    });
  }

  /**
   * The rows shown as a briefing pack or a plain CSV; the code that builds them, and the data that gives the rows'
   * ids, are fetched on the first click.
   */
  async download(kind: 'zip' | 'csv') {
    const status = this.#find('[data-explorer-status]');
    const data = this.#table.dataset;
    const dataset = data['dataset'];
    const done = kind === 'zip' ? 'statusZipDone' : 'statusCsvDone';
    try {
      const [pack, ...files] = await Promise.all([
        import('./explorer-pack'),
        fetch(paths.dataFile(`${dataset}.json`)).then((r) => r.json() as Promise<Record<string, unknown>[]>),
        fetch(
          paths.dataFile(
            localeOfPath(location.pathname) === 'en' ? paths.englishFile(`${dataset}.dictionary.csv`) : `${dataset}.dictionary.csv`,
          ),
        ).then((r) => r.text()),
      ]);
      const n =
        kind === 'zip'
          ? pack.downloadPack(this.#table, this.#form, filterEntries(this.#state, this.#schema.filters), files)
          : pack.downloadCsv(this.#table, files);
      status.textContent = fill(data[done]!, { n, noun: data['noun']! });
    } catch {
      status.textContent = data[kind === 'zip' ? 'statusZipFailed' : 'statusCsvFailed']!;
    }
  }
}
