// Chart labels as the reader sees them: rendered size in CSS px, after the SVG's viewBox scaling.
import type { Page } from 'playwright-core';

/** Every label of every chart the reader can see on the page, with its rendered size. */
export const labelSizes = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('svg.chart')]
      .filter((s) => s.getBoundingClientRect().width > 0)
      .flatMap((s) =>
        [...s.querySelectorAll('text')].map((t) => {
          const m = t.getScreenCTM()!;
          return {
            chart: s.closest('figure')!.id,
            label: t.textContent,
            px: Math.hypot(m.a, m.b) * parseFloat(t.getAttribute('font-size')!),
          };
        }),
      ),
  );
