// Horizontal bars on one linear scale, each labelled with its value in words (not only by length),
// each optionally a link. Used for the targets' small multiples and per-entity mini charts.
import { scaleLinear } from 'd3-scale';
import { el, link, svg, text, textWidth, WORD_BREAK } from './svg';

export interface Bar {
  label: string;
  value: number;
  /** The value as people read it, e.g. 600亿元以上. */
  valueLabel: string;
  href?: string | undefined;
  /** Palette slot 0–3. */
  tone?: number;
  /**
   * Bars of one group share a scale and sit under the group's heading; different groups (different units)
   * get their own scales, so 1500亿元 never dwarfs 65幢.
   */
  group?: string;
}

export interface BarsOptions {
  id: string;
  title: string;
  description: string;
  /** Narrow enough that labels stay readable on a 360 px phone; each label sits on its own line above its bar. */
  width: number;
  barHeight: number;
  gap: number;
  /** The scale's upper end; defaults to the largest value, so panels can share one scale. */
  max?: number;
  /** What the tones mean, drawn above the bars; required whenever bars differ in tone. */
  legend?: { label: string; tone: number }[];
  fontSize: number;
  /** Room kept after the longest bar for its value in words; grows to fit a longer one. Same room, same scale. */
  valueWidth: number;
}

export const defaults = { width: 340, barHeight: 14, gap: 10, fontSize: 12, valueWidth: 96 } satisfies Partial<BarsOptions>;

export function bars(data: readonly Bar[], options: Pick<BarsOptions, 'id' | 'title' | 'description'> & Partial<BarsOptions>): string {
  const o = { ...defaults, ...options };
  const valueWidth = Math.max(o.valueWidth, Math.ceil(Math.max(...data.map((d) => textWidth(d.valueLabel, o.fontSize)))) + 8);
  const groups = [...new Set(data.map((d) => d.group ?? ''))];
  const scales = new Map(
    groups.map((g) => [
      g,
      scaleLinear()
        .domain([0, o.max ?? Math.max(...data.filter((d) => (d.group ?? '') === g).map((d) => d.value))])
        .range([0, o.width - valueWidth]),
    ]),
  );
  // A row: the label's line, then the bar.
  const labelLine = o.fontSize + 4;
  const row = labelLine + o.barHeight + o.gap;
  const headed = groups.length > 1 || groups[0] !== '';
  const top = o.legend?.length ? o.fontSize + 12 : 0;
  let y = top + o.gap;
  const placed = data.map((d, i) => {
    if (headed && (i === 0 || (data[i - 1]!.group ?? '') !== (d.group ?? ''))) y += o.fontSize + 10;
    const at = y;
    y += row;
    return { d, y: at };
  });
  const headings = placed
    .filter(({ d }, i) => headed && (i === 0 || (data[i - 1]!.group ?? '') !== (d.group ?? '')))
    .map(({ d, y: at }) => text({ x: 0, y: at - 6, 'font-size': o.fontSize, class: 'muted', 'font-weight': 'bold' }, d.group ?? ''));
  const height = y;
  // The axis runs down the bars' left edge. Under group headings it starts again below each heading, so no
  // heading (单位：个) sits on it.
  const starts = placed.filter(({ d }, i) => headed && (i === 0 || (data[i - 1]!.group ?? '') !== (d.group ?? ''))).map(({ y: at }) => at);
  const spans = headed
    ? starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1]! - o.fontSize - 10 : height] as const)
    : [[top, height] as const];
  const axes = spans.map(([y1, y2]) => el('line', { x1: 0, x2: 0, y1, y2, class: 'line' }));
  let lx = 0;
  const legend = (o.legend ?? []).map((l) => {
    const x = lx;
    lx += 18 + textWidth(l.label, o.fontSize) + 14;
    return el(
      'g',
      { transform: `translate(${x},2)` },
      el('rect', { width: 12, height: 12, rx: 2, class: `c${l.tone}` }),
      text({ x: 18, y: 6, dy: '0.35em', 'font-size': o.fontSize, class: 'ink' }, l.label),
    );
  });
  const rows = placed.map(({ d, y }) => {
    const w = Math.max(1, scales.get(d.group ?? '')!(d.value));
    return link(
      d.href,
      `${d.label}：${d.valueLabel}`,
      el(
        'g',
        { transform: `translate(0,${y})` },
        // The whole row, label included, is the link's target for pointer and touch, not only the painted marks.
        d.href ? el('rect', { width: o.width, height: labelLine + o.barHeight, fill: 'transparent', class: 'hit' }) : undefined,
        text({ x: 4, y: o.fontSize, 'font-size': o.fontSize, class: 'ink' }, d.label),
        WORD_BREAK,
        el('rect', { x: 0, y: labelLine, width: w, height: o.barHeight, rx: 2, class: `c${d.tone ?? 0} focus` }),
        text({ x: w + 6, y: labelLine + o.barHeight / 2, dy: '0.35em', 'font-size': o.fontSize, class: 'ink' }, d.valueLabel),
      ),
    );
  });
  return svg(
    { id: o.id, title: o.title, description: o.description, width: o.width, height, fontSize: o.fontSize },
    ...legend,
    ...headings,
    ...axes,
    ...rows,
  );
}
