// <explorer-table> (src/components/explorer/Explorer.astro): on load it only makes the column headers buttons and
// unhides its controls (which CSS already shows where scripts run, src/styles/global.css). What sorting, filtering and downloading need (src/scripts/explorer-engine.ts, the rows' text, the
// URL's state) is fetched and set up on first use, or at once when the URL holds a selection: a page that is only read
// carries 4 KB of script at most and spends no long task on its rows (#15).
import type { ExplorerEngine } from './explorer-engine';

class ExplorerTable extends HTMLElement {
  #engine: Promise<ExplorerEngine> | undefined;

  /** Runs `act` once the engine is loaded; actions run in the order they were asked for. */
  #use(act: (engine: ExplorerEngine) => unknown) {
    this.#engine ??= import('./explorer-engine').then(({ ExplorerEngine }) => ExplorerEngine.load(this));
    void this.#engine.then(act);
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    for (const th of this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'explorer-sort';
      b.innerHTML = `<span></span><span aria-hidden="true" class="explorer-sort-icon"></span>`;
      b.firstElementChild!.textContent = th.textContent;
      th.textContent = '';
      th.append(b);
      b.addEventListener('click', () => this.#use((e) => e.sort(th.dataset['key']!)));
    }
    const form = this.#find<HTMLFormElement>('[data-explorer-form]');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', () => this.#use((e) => e.input()));
    this.#find('[data-explorer-reset]').addEventListener('click', () => this.#use((e) => e.reset()));
    this.#find('[data-explorer-zip]').addEventListener('click', () => this.#use((e) => e.download('zip')));
    this.#find('[data-explorer-csv]').addEventListener('click', () => this.#use((e) => e.download('csv')));
    window.addEventListener('popstate', () => this.#use((e) => e.read()));
    this.#find('[data-explorer-controls]').hidden = false;
    this.#find('[data-explorer-nojs]').hidden = true;
    // Without a selection in the URL the table stays as sent (every row in plan order, its status line filled in), and
    // the form to match: a browser may have restored a select's value. Only then is it reset: resetting the selects
    // makes the browser measure every option again, a long task on /targets/.
    if (location.search) this.#use((e) => e.read());
    else if ([...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].some((f) => f.value)) form.reset();
  }
}
customElements.define('explorer-table', ExplorerTable);
