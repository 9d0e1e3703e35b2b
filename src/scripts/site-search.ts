// The header search box's behaviour (src/components/search/SearchBox.astro): suggestions as you type, arrows to move,
// Enter to open, Escape to close. Fetched by the box's stub only when the reader reaches for the box (focus, a touch on
// it, or "/"), so a page that is only read carries none of it (#15). What the reader typed before it arrived is
// answered at once.

class SiteSearch {
  #input: HTMLInputElement;
  #list: HTMLUListElement;
  #active = -1;
  #items: { url: string; name: string; type: string }[] = [];

  constructor(root: HTMLElement) {
    this.#input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    this.#list = root.querySelector<HTMLUListElement>('[data-search-list]')!;
    void import('./search-engine').then((m) => m.loadSuggestions());
    this.#input.addEventListener('input', () => void this.#update());
    this.#input.addEventListener('keydown', (e) => this.#key(e));
    this.#input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    if (this.#input.value && document.activeElement === this.#input) void this.#update();
  }

  async #update() {
    const query = this.#input.value;
    const { suggestEntities } = await import('./search-engine');
    const found = await suggestEntities(query);
    if (query !== this.#input.value) return; // typed on meanwhile
    // A list that arrives after the reader has picked an item (the files a longer prefix needs come in later) keeps
    // that item picked, if it is still there: Enter then opens what the reader chose.
    const picked = this.#items[this.#active]?.url;
    this.#items = found.map((s) => ({ url: s.u, name: s.n, type: s.type }));
    this.#active = picked === undefined ? -1 : this.#items.findIndex((item) => item.url === picked);
    this.#render();
  }

  #render() {
    this.#list.replaceChildren(
      ...this.#items.map((item, i) => {
        const li = document.createElement('li');
        li.id = `site-search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === this.#active));
        li.className = 'cursor-pointer rounded px-2 py-1 aria-selected:bg-accent-soft aria-selected:underline';
        const type = document.createElement('span');
        type.className = 'mr-2 text-xs text-muted';
        type.textContent = item.type;
        li.append(type, item.name);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          location.href = item.url;
        });
        return li;
      }),
    );
    const open = this.#items.length > 0;
    this.#list.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    if (this.#active >= 0) this.#input.setAttribute('aria-activedescendant', `site-search-option-${this.#active}`);
    else this.#input.removeAttribute('aria-activedescendant');
  }

  #key(e: KeyboardEvent) {
    const n = this.#items.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.#active = (this.#active + 1) % n;
      this.#render();
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.#active = (this.#active - 1 + n) % n;
      this.#render();
    } else if (e.key === 'Enter' && this.#active >= 0) {
      e.preventDefault();
      location.href = this.#items[this.#active]!.url;
    } else if (e.key === 'Escape') {
      if (!this.#list.hidden) e.preventDefault();
      this.#close();
    }
  }

  #close() {
    this.#items = [];
    this.#active = -1;
    this.#render();
  }
}

// The stub imports this module once; it marks the box it enhanced so a second box would not be enhanced twice.
for (const root of document.querySelectorAll<HTMLElement>('site-search:not([data-search-ready])')) {
  root.dataset['searchReady'] = '';
  new SiteSearch(root);
}
