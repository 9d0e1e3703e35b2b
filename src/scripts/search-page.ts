// <search-page> (src/components/search/SearchPage.astro): keeps query and filters in the URL (src/lib/filter-state.ts).
// Typing replaces the history entry, a finished search pushes one, so Back works.
import { filterEntries, parseFilters, withQuery, type FilterField, type FilterState } from '../lib/filter-state';
import { fill } from '../lib/template';
import { chosenLabel, showActiveFilters } from './filter-disclosure';
import type { Result } from './search-engine';

// Fetched only once someone uses the box; the index chunks follow the words being typed.
const engine = () => import('./search-engine');

class SearchPage extends HTMLElement {
  #form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
  #query = this.querySelector<HTMLInputElement>('[data-search-query]')!;
  #filters = [...this.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  #fields: FilterField[] = this.#filters.map((f) => ({ key: f.name, values: [...f.options].map((o) => o.value).filter(Boolean) }));
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
  #empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
  #timer = 0;
  #run = 0;

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
    this.#fromUrl();
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#timer);
      void this.#search('push');
    });
    this.#query.addEventListener('focus', () => void engine().then((m) => m.loadPagefind()), { once: true });
    this.#query.addEventListener('input', () => {
      void engine().then((m) => m.preload(this.#query.value));
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#search('replace'), 120);
    });
    this.#filters.forEach((f) => f.addEventListener('change', () => void this.#search('push')));
    this.#query.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    this.#results.addEventListener('keydown', (e) => this.#move(e));
    window.addEventListener('popstate', () => this.#fromUrl());
  }

  #links() {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  }

  #move(e: KeyboardEvent) {
    const links = this.#links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) {
      e.preventDefault();
      links[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? links[i - 1]! : this.#query).focus();
    } else if (e.key === 'Escape') {
      this.#query.focus();
    }
  }

  /** The URL's query and filters, shown in the form; a value a select does not offer falls back to “all”. */
  #fromUrl() {
    const state = parseFilters(new URLSearchParams(location.search), this.#fields);
    this.#query.value = state.q;
    for (const f of this.#filters) f.value = state.filters.get(f.name) ?? '';
    void this.#search('none');
  }

  #state(): FilterState {
    return { q: this.#query.value, filters: new Map(this.#filters.map((f) => [f.name, f.value])) };
  }

  async #search(mode: 'push' | 'replace' | 'none') {
    const state = this.#state();
    showActiveFilters(this, this.#filters.map(chosenLabel));
    const params = new URLSearchParams(filterEntries(state, this.#fields));
    const url = withQuery(location.pathname, params);
    if (mode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
    if (mode === 'replace') history.replaceState(null, '', url);
    const q = params.get('q') ?? '';
    const run = ++this.#run;
    if (!q) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#empty.hidden = true;
      return;
    }
    this.#status.textContent = this.dataset['loading']!;
    const { search } = await engine();
    const started = performance.now();
    const results = await search(q, Object.fromEntries(state.filters));
    if (run !== this.#run) return; // a newer search has started
    this.#render(results);
    this.#status.textContent = fill(this.dataset[results.length ? 'count' : 'none']!, { n: results.length, q });
    this.#empty.hidden = results.length > 0;
    this.dispatchEvent(
      new CustomEvent('search:results', { bubbles: true, detail: { query: q, count: results.length, ms: performance.now() - started } }),
    );
  }

  #render(results: Result[]) {
    this.#results.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        li.className = 'mb-3 border-b border-line pb-3';
        // Pagefind escapes the excerpt's text and marks the match with <mark>; type and title go in as text.
        li.innerHTML = `<span class="tag mr-2"></span><a data-result class="font-bold"></a>${r.excerpt ? `<p class="mb-0 mt-1 text-sm">${r.excerpt}</p>` : ''}`;
        const [type, a] = li.children as unknown as [HTMLElement, HTMLAnchorElement];
        type.textContent = r.type;
        a.href = r.url;
        a.textContent = r.title;
        return li;
      }),
    );
  }
}
customElements.define('search-page', SearchPage);
