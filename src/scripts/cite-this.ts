// <cite-this> (src/components/CiteThis.astro); part of the page script (./page.ts).
// Copy buttons appear only where the Clipboard API exists; the text stays selectable everywhere. The status text
// comes in data-copied rather than an import of the whole string table.
class CiteThis extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    const texts = this.querySelectorAll<HTMLElement>('[data-cite-text]');
    const status = this.querySelector<HTMLElement>('[data-cite-status]')!;
    this.querySelectorAll<HTMLButtonElement>('[data-cite-copy]').forEach((button, i) => {
      button.hidden = false;
      button.addEventListener('click', async () => {
        await navigator.clipboard.writeText(texts[i]!.textContent ?? '');
        status.textContent = this.dataset['copied'] ?? '';
      });
    });
  }
}
customElements.define('cite-this', CiteThis);
