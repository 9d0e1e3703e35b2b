// <chart-tips> (src/components/ChartFigure.astro), on every page with a chart, embeds included.
/** A tooltip for chart marks: shown on hover and focus, dismissed with Esc; visual only (aria-hidden). */
class ChartTips extends HTMLElement {
  tip = document.createElement('div');

  connectedCallback() {
    this.tip.className = 'chart-tip';
    this.tip.setAttribute('aria-hidden', 'true');
    this.tip.hidden = true;
    this.append(this.tip);
    const show = (e: Event) => {
      const mark = (e.target as Element).closest?.('svg a[aria-label]');
      if (mark) this.show(mark);
    };
    this.addEventListener('pointerover', show);
    this.addEventListener('focusin', show);
    this.addEventListener('pointerleave', () => this.hide());
    this.addEventListener('focusout', () => this.hide());
    this.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide());
  }

  show(mark: Element) {
    this.tip.textContent = mark.getAttribute('aria-label');
    this.tip.hidden = false;
    const box = this.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    // Above the mark, kept inside the chart's width.
    const left = Math.min(Math.max(0, at.left - box.left + at.width / 2 - this.tip.offsetWidth / 2), box.width - this.tip.offsetWidth);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${Math.max(0, at.top - box.top - this.tip.offsetHeight - 6)}px`;
  }

  hide() {
    this.tip.hidden = true;
  }
}
customElements.define('chart-tips', ChartTips);
