// <search-page>'s behaviour (src/components/search/SearchPage.astro): keeps query and filters in the URL
// (src/lib/filter-state.ts). Typing replaces the history entry, a finished search pushes one, so Back works. The page's
// stub imports this module at once when the URL asks for a search, otherwise when the reader first uses the form, and
// leaves on the element what happened before it arrived (data-search-pending, #15).
import { filterEntries, parseFilters, parsePage, withPage, withQuery, type FilterField, type FilterState } from '../lib/filter-state';
import { localeOfPath, localizedPath, paths } from '../lib/paths';
import { fill } from '../lib/template';
import { chosenLabel, showActiveFilters } from './filter-disclosure';
import type { Outcome, Result } from './search-engine';

// Fetched only once someone uses the box; the index chunks follow the words being typed.
const engine = () => import('./search-engine');

class SearchPage {
  #root: HTMLElement;
  #form: HTMLFormElement;
  #query: HTMLInputElement;
  #filters: HTMLSelectElement[];
  #fields: FilterField[];
  #status: HTMLElement;
  #results: HTMLOListElement;
  #empty: HTMLElement;
  #nearest: HTMLElement;
  #more: HTMLButtonElement;
  /** Pages of results shown: the "more results" button adds one, and the URL keeps it (?page=). */
  #page = 1;
  #timer = 0;
  #run = 0;

  constructor(root: HTMLElement) {
    const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
    this.#root = root;
    this.#form = find('[data-search-form]');
    this.#query = find('[data-search-query]');
    this.#filters = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    this.#fields = this.#filters.map((f) => ({ key: f.name, values: [...f.options].map((o) => o.value).filter(Boolean) }));
    this.#status = find('[data-search-status]');
    this.#results = find('[data-search-results]');
    this.#empty = find('[data-search-empty]');
    this.#nearest = find('[data-search-nearest]');
    this.#more = find('[data-search-more]');
  }

  start() {
    // What the reader did before this module arrived: a search the URL asks for, a submitted form or a changed filter
    // (the stub held them back), or words typed into the box.
    const pending = this.#root.dataset['searchPending'];
    if (location.search) this.#fromUrl();
    else if (pending === 'push' || this.#query.value) void this.#search(pending === 'push' ? 'push' : 'replace');
    if (document.activeElement === this.#query) void engine().then((m) => m.loadPagefind());
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
    this.#more.addEventListener('click', () => {
      const shown = this.#links().length;
      this.#page++;
      void this.#search('replace', true).then(() => this.#links()[shown]?.focus());
    });
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
    this.#page = parsePage(new URLSearchParams(location.search));
    for (const f of this.#filters) f.value = state.filters.get(f.name) ?? '';
    void this.#search('none');
  }

  #state(): FilterState {
    return { q: this.#query.value, filters: new Map(this.#filters.map((f) => [f.name, f.value])) };
  }

  async #search(mode: 'push' | 'replace' | 'none', keepPage = false) {
    const state = this.#state();
    showActiveFilters(this.#root, this.#filters.map(chosenLabel));
    // A new query or filter starts again at the first page; "more results" and the URL keep theirs.
    if (mode !== 'none' && !keepPage) this.#page = 1;
    const params = withPage(new URLSearchParams(filterEntries(state, this.#fields)), this.#page);
    const url = withQuery(location.pathname, params);
    if (mode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
    if (mode === 'replace') history.replaceState(null, '', url);
    const q = params.get('q') ?? '';
    const run = ++this.#run;
    if (!q) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#empty.hidden = true;
      this.#more.hidden = true;
      this.#nearest.hidden = true;
      return;
    }
    this.#status.textContent = this.#root.dataset['loading']!;
    const { search } = await engine();
    const started = performance.now();
    const outcome = await search(q, Object.fromEntries(state.filters), this.#page);
    if (run !== this.#run) return; // a newer search has started
    const { results, total } = outcome;
    this.#render(results);
    this.#status.textContent = fill(this.#root.dataset[results.length ? 'count' : outcome.unmatched ? 'loose' : 'none']!, { n: total, q });
    this.#empty.hidden = results.length > 0;
    this.#more.hidden = !outcome.hasMore;
    this.#showNearest(outcome);
    this.#root.dispatchEvent(
      new CustomEvent('search:results', { bubbles: true, detail: { query: q, count: results.length, ms: performance.now() - started } }),
    );
  }

  /** The nearest terms for a query the plan does not match, each a link to its own search. */
  #showNearest({ nearest }: Outcome) {
    this.#nearest.hidden = nearest.length === 0;
    const list = this.#nearest.querySelector('ul')!;
    list.replaceChildren(
      ...nearest.map((term) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.className = 'tag';
        a.href = localizedPath(paths.search(term), localeOfPath(location.pathname));
        a.textContent = term;
        li.append(a);
        return li;
      }),
    );
  }

  #render(results: Result[]) {
    this.#results.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        li.className = 'mb-3 border-b border-line pb-3';
        // The excerpts are escaped text with <mark> (src/lib/search/highlight.ts); type, titles and counts go in as text.
        li.innerHTML = `<span class="tag mr-2"></span><a data-result class="font-bold"></a>${r.excerpt ? `<p class="mb-0 mt-1 text-sm">${r.excerpt}</p>` : ''}`;
        const [type, a] = li.children as unknown as [HTMLElement, HTMLAnchorElement];
        type.textContent = r.type;
        a.href = r.url;
        a.textContent = r.title;
        if (r.sub) {
          const sub = document.createElement('p');
          sub.className = 'mb-0 mt-1 border-l-2 border-line pl-2 text-sm';
          sub.innerHTML = `<a data-sub-result></a><br>${r.sub.excerpt}`;
          const link = sub.querySelector('a')!;
          link.href = r.sub.url;
          link.textContent = r.sub.title;
          li.append(sub);
        }
        if (r.more) {
          const more = document.createElement('p');
          more.className = 'mb-0 mt-1 text-xs text-muted';
          more.textContent = fill(this.#root.dataset['samePage']!, { n: r.more });
          li.append(more);
        }
        return li;
      }),
    );
  }
}
for (const root of document.querySelectorAll<HTMLElement>('search-page:not([data-search-ready])')) {
  root.dataset['searchReady'] = '';
  new SearchPage(root).start();
}
