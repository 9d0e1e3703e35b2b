// <explorer-table> (src/components/explorer/Explorer.astro): wires the page's table to the state of
// src/lib/explorer-state.ts. Nothing is re-rendered: rows already in the page are only hidden or moved.
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

class ExplorerTable extends HTMLElement {
  #form = this.#find<HTMLFormElement>('[data-explorer-form]');
  #selects = [...this.#form.querySelectorAll('select')];
  #heads = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
  #rows = this.#rowsOf(this);
  /** Every row of a paginated list in the table, once fetched (#allRows). */
  #all: Promise<void> | undefined;
  #schema: ExplorerSchema = {
    filters: this.#selects.map((s) => ({ key: s.name, values: [...s.options].map((o) => o.value).filter(Boolean) })),
    columns: this.#heads.map((h) => ({ key: h.dataset['key']!, sort: h.dataset['sort'] as SortKind | undefined })),
  };
  #state: ExplorerState = { q: '', filters: new Map() };

  #rowsOf(root: ParentNode) {
    return [...root.querySelectorAll<HTMLTableRowElement>('[data-explorer-rows] > tr')].map((el) => ({
      el,
      facets: (key: string) => el.getAttribute(`data-f-${key}`) ?? undefined,
      text: normalise(el.textContent ?? ''),
    }));
  }

  /**
   * On a list split into pages (PageNav.astro), filters, sorting and downloads cover the whole list: the other
   * pages' rows are fetched from their links, once, and join this page's in list order.
   */
  #allRows(): Promise<void> {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-page-nav] a')];
    this.#all ??= Promise.all(
      links.map(async (a) => {
        if (a.getAttribute('aria-current')) return this.#rows;
        const html = await fetch(a.href).then((r) => r.text());
        const page = new DOMParser().parseFromString(html, 'text/html').getElementById(this.id);
        return page ? this.#rowsOf(page) : [];
      }),
    ).then((pages) => {
      if (!links.length) return;
      this.#rows = pages.flat();
      this.#find('[data-explorer-rows]').append(...this.#rows.map((r) => r.el));
    });
    return this.#all;
  }

  /** Applies a change once every row is in the table. */
  #change(next: () => ExplorerState) {
    void this.#allRows().then(() => this.#apply(next()));
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    for (const th of this.#heads.filter((h) => h.dataset['sort'])) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'explorer-sort';
      b.innerHTML = `<span></span><span aria-hidden="true" class="explorer-sort-icon"></span>`;
      b.firstElementChild!.textContent = th.textContent;
      th.textContent = '';
      th.append(b);
      b.addEventListener('click', () => this.#change(() => ({ ...this.#state, sort: nextSort(this.#state.sort, th.dataset['key']!) })));
    }
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('input', () => this.#change(() => ({ ...this.#fromForm(), sort: this.#state.sort })));
    this.#find('[data-explorer-reset]').addEventListener('click', () => {
      this.#form.reset();
      this.#change(() => this.#fromForm());
    });
    this.#find('[data-explorer-zip]').addEventListener('click', () => void this.#download('zip'));
    this.#find('[data-explorer-csv]').addEventListener('click', () => void this.#download('csv'));
    window.addEventListener('popstate', () => this.#read());
    this.#find('[data-explorer-controls]').hidden = false;
    this.#find('[data-explorer-nojs]').hidden = true;
    this.#read();
  }

  /** State from the URL, shown in the form; a value a select does not offer falls back to “all”. */
  #read() {
    const state = parseExplorerState(new URLSearchParams(location.search), this.#schema);
    this.#keyword().value = state.q;
    for (const s of this.#selects) s.value = state.filters.get(s.name) ?? '';
    // A shared selection (?category=…) needs the whole list; a plain visit shows this page as the HTML has it.
    if (state.q || state.sort || [...state.filters.values()].some(Boolean)) void this.#allRows().then(() => this.#apply(state, false));
    else this.#apply(state, false);
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
    this.#find('[data-explorer-status]').textContent = fill(this.dataset[shown < n ? 'statusSome' : 'statusAll']!, {
      shown,
      n,
      noun: this.dataset['noun']!,
    });
    this.#find('[data-explorer-empty]').hidden = shown > 0;
    this.#find<HTMLButtonElement>('[data-explorer-zip]').disabled = !shown;
    this.#find<HTMLButtonElement>('[data-explorer-csv]').disabled = !shown;
    showActiveFilters(this, [state.q, ...this.#selects.map(chosenLabel)]);
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
  async #download(kind: 'zip' | 'csv') {
    const status = this.#find('[data-explorer-status]');
    const dataset = this.dataset['dataset'];
    const done = kind === 'zip' ? 'statusZipDone' : 'statusCsvDone';
    try {
      await this.#allRows();
      const [pack, ...data] = await Promise.all([
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
          ? pack.downloadPack(this, this.#form, filterEntries(this.#state, this.#schema.filters), data)
          : pack.downloadCsv(this, data);
      status.textContent = fill(this.dataset[done]!, { n, noun: this.dataset['noun']! });
    } catch {
      status.textContent = this.dataset[kind === 'zip' ? 'statusZipFailed' : 'statusCsvFailed']!;
    }
  }
}
customElements.define('explorer-table', ExplorerTable);
