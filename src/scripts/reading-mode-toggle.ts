// <reading-mode-toggle> (src/components/reading/ReadingModeToggle.astro); part of the page script (./page.ts).
import { READING_KEY, READING_LARGE } from '../lib/reading-mode';

class ReadingModeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-reading-toggle]')!;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset['reading'] === READING_LARGE));
    button.hidden = false;
    sync();
    new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['data-reading'] });
    button.addEventListener('click', () => {
      const on = root.dataset['reading'] !== READING_LARGE;
      if (on) root.dataset['reading'] = READING_LARGE;
      else delete root.dataset['reading'];
      try {
        if (on) localStorage.setItem(READING_KEY, READING_LARGE);
        else localStorage.removeItem(READING_KEY);
      } catch {
        /* storage blocked: the mode lasts for this page only */
      }
    });
  }
}
customElements.define('reading-mode-toggle', ReadingModeToggle);
