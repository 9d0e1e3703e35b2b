// Chart labels as the reader sees them: rendered size in CSS px, after the SVG's viewBox scaling, and where
// they sit on the screen, so overlaps between labels, and between labels and axis lines, can be found.
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

/**
 * Every pair of visible chart labels whose boxes overlap, and every label crossed by an axis line or connector
 * (`.line`). A label's box is its glyph box as drawn (rotated with it, so leaning column labels are compared as
 * leaning quadrilaterals, not as their much larger upright bounds), shrunk by half a pixel so labels that only touch
 * each other pass. Lines are sampled every CSS pixel along their length and must stay off a label's whole box, edge
 * included: a line's stroke is drawn on both sides of it.
 */
export const labelOverlaps = (p: Page) =>
  p.evaluate(() => {
    type Pt = { x: number; y: number };
    const SHRINK = 0.5;
    const found: string[] = [];
    for (const s of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      if (s.getBoundingClientRect().width === 0) continue;
      const chart = s.closest('figure')?.id ?? s.id;
      const boxes = [...s.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        const m = t.getScreenCTM()!;
        const at = (x: number, y: number): Pt => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
        // Shrink in screen pixels: divide by the scale to get local units.
        const k = SHRINK / Math.hypot(m.a, m.b);
        const quad = (x0: number, y0: number, x1: number, y1: number) => [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)];
        return {
          label: t.textContent!,
          quad: quad(b.x + k, b.y + k, b.x + b.width - k, b.y + b.height - k),
          full: quad(b.x, b.y, b.x + b.width, b.y + b.height),
        };
      });
      // Separating axis test for two convex quadrilaterals.
      const project = (q: Pt[], ax: Pt) => {
        const d = q.map((v) => v.x * ax.x + v.y * ax.y);
        return [Math.min(...d), Math.max(...d)] as const;
      };
      const axes = (q: Pt[]) => q.map((v, i) => ({ x: -(q[(i + 1) % 4]!.y - v.y), y: q[(i + 1) % 4]!.x - v.x }));
      const overlap = (a: Pt[], b: Pt[]) =>
        [...axes(a), ...axes(b)].every((ax) => {
          const [a0, a1] = project(a, ax);
          const [b0, b1] = project(b, ax);
          return a1 > b0 && b1 > a0;
        });
      const inside = (q: Pt[], pt: Pt) =>
        q.every((v, i) => {
          const w = q[(i + 1) % 4]!;
          return (w.x - v.x) * (pt.y - v.y) - (w.y - v.y) * (pt.x - v.x) >= 0;
        }) ||
        q.every((v, i) => {
          const w = q[(i + 1) % 4]!;
          return (w.x - v.x) * (pt.y - v.y) - (w.y - v.y) * (pt.x - v.x) <= 0;
        });
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) if (overlap(a.quad, b.quad)) found.push(`${chart}: “${a.label}” overlaps “${b.label}”`);
      for (const line of s.querySelectorAll<SVGGeometryElement>('.line')) {
        const m = line.getScreenCTM()!;
        const scale = Math.hypot(m.a, m.b);
        const length = line.getTotalLength();
        const steps = Math.max(1, Math.ceil(length * scale));
        const points = Array.from({ length: steps + 1 }, (_, n) => {
          const q = line.getPointAtLength((length * n) / steps);
          return { x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f };
        });
        for (const b of boxes) if (points.some((pt) => inside(b.full, pt))) found.push(`${chart}: “${b.label}” is crossed by a line`);
      }
    }
    return found;
  });
