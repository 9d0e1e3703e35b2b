// <site-search>'s stub (src/components/search/SearchBox.astro); part of the page script (./page.ts).
// The stub: says "/" where a keyboard is likely, handles "/" on every page, and fetches the behaviour the first
// time the reader reaches for the box. It imports only that module's address, so it is all a page loads before then.
import behaviour from './site-search?module-url';

customElements.define(
  'site-search',
  class extends HTMLElement {
    connectedCallback() {
      const input = this.querySelector('input')!;
      // The "/" shortcut needs a keyboard: only where a fine pointer that can hover suggests one does the box say so.
      if (matchMedia('(hover: hover) and (pointer: fine)').matches) input.placeholder = input.dataset['placeholderKeys']!;
      const load = () => void import(/* @vite-ignore */ behaviour);
      for (const type of ['focus', 'pointerdown', 'touchstart']) input.addEventListener(type, load, { once: true, passive: true });
      document.addEventListener('keydown', (e) => {
        if (e.key === '/' && !(e.target as Element).closest('input, textarea, select, [contenteditable]')) {
          e.preventDefault();
          input.focus();
        }
      });
    }
  },
);
