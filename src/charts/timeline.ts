// A vertical timeline: dated (or ordinal) steps down a line, and recurring items in a band beneath.
// Vertical so it reads on a phone; each step says when in words, so nothing depends on position alone.
import { el, link, svg, text, textWidth, WORD_BREAK, type RestRow } from './svg';

export interface Step {
  /** When, as the plan says it: 2023年12月29日, 第一年, 到2026年. */
  when: string;
  label: string;
  href?: string | undefined;
  tone?: number;
}

export interface TimelineOptions {
  /** Between the parts of a mark's accessible name (“：”, or “: ” in English). */
  separator?: string;
  id: string;
  title: string;
  description: string;
  width: number;
  /** Defaults to fit the longest `when`. */
  whenWidth: number;
  stepHeight: number;
  fontSize: number;
  /** Heading of the recurring band, e.g. 每年. */
  recurringTitle: string;
  /** A summary's last row, after the recurring band: how many are not drawn, and where they are listed. */
  rest?: RestRow | undefined;
}

export const defaults = { width: 360, stepHeight: 34, fontSize: 13 } satisfies Partial<TimelineOptions>;

export function timeline(
  steps: readonly Step[],
  recurring: readonly Step[],
  options: Pick<TimelineOptions, 'id' | 'title' | 'description' | 'recurringTitle'> & Partial<TimelineOptions>,
): string {
  const fontSize = options.fontSize ?? defaults.fontSize;
  const o = { ...defaults, whenWidth: Math.ceil(Math.max(...steps.map((s) => textWidth(s.when, fontSize)))) + 20, ...options };
  const x = o.whenWidth;
  const y = (i: number) => 14 + i * o.stepHeight;
  const line = el('path', { d: `M${x},${y(0)}V${y(steps.length - 1)}`, class: 'line', 'stroke-width': 2 });
  const marks = steps.map((s, i) =>
    link(
      s.href,
      `${s.when}${o.separator ?? '：'}${s.label}`,
      el(
        'g',
        { transform: `translate(0,${y(i)})` },
        text({ x: x - 12, y: 0, dy: '0.35em', 'text-anchor': 'end', 'font-size': o.fontSize, class: 'muted' }, s.when),
        WORD_BREAK,
        el('circle', { cx: x, cy: 0, r: 6, class: `c${s.tone ?? 0} focus` }),
        text({ x: x + 14, y: 0, dy: '0.35em', 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, s.label),
      ),
    ),
  );
  const bandTop = y(steps.length - 1) + o.stepHeight;
  const band = recurring.map((r, i) =>
    link(
      r.href,
      `${o.recurringTitle}${o.separator ?? '：'}${r.label} ${r.when}`,
      el(
        'g',
        { transform: `translate(0,${bandTop + 22 + i * (o.fontSize + 12)})` },
        el('rect', { x: 0, y: -o.fontSize / 2 - 2, width: 10, height: 10, rx: 2, class: `c${r.tone ?? 1} focus` }),
        text({ x: 18, y: 0, dy: '0.35em', 'font-size': o.fontSize, class: 'ink' }, `${r.label} ${r.when}`),
      ),
    ),
  );
  const bandEnd = bandTop + 22 + recurring.length * (o.fontSize + 12);
  const rest = o.rest
    ? link(
        o.rest.href,
        o.rest.label,
        text({ x: 18, y: bandEnd, dy: '0.35em', 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, o.rest.label),
      )
    : '';
  const height = o.rest ? bandEnd + o.fontSize + 12 : bandEnd;
  return svg(
    { id: o.id, title: o.title, description: o.description, width: o.width, height, fontSize: o.fontSize },
    line,
    ...marks,
    recurring.length ? text({ x: 0, y: bandTop + 4, 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, o.recurringTitle) : '',
    ...band,
    rest,
  );
}
