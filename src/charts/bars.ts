// Horizontal bars on one linear scale, each labelled with its value in words (not only by length),
// each optionally a link. Used for the targets' small multiples and per-entity mini charts.
import { scaleLinear } from 'd3-scale';
import { el, lines, link, svg, text, textWidth, WORD_BREAK, wrapLabel, type RestRow } from './svg';

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
  /** Between a bar's label and its value in the link's accessible name (“：”, or “: ” in English). */
  separator: string;
  /** A summary's last row, after the bars: how many are not drawn, and where they are listed. */
  rest?: RestRow | undefined;
}

export const defaults = {
  width: 340,
  barHeight: 14,
  gap: 10,
  fontSize: 12,
  valueWidth: 96,
  separator: '：',
} satisfies Partial<BarsOptions>;

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
  // A row: the label's lines (a long label wraps within the chart's width), then the bar.
  const labelLine = o.fontSize + 4;
  const labelLines = new Map(data.map((d) => [d, wrapLabel(d.label, o.width - 4, o.fontSize)]));
  const labelHeight = (d: Bar) => labelLines.get(d)!.length * labelLine;
  const headed = groups.length > 1 || groups[0] !== '';
  // The legend's keys run in a line, and on to the next where the chart's width ends.
  const legendLine = o.fontSize + 12;
  const keys: { l: { label: string; tone: number }; x: number; y: number }[] = [];
  for (const l of o.legend ?? []) {
    const w = 18 + textWidth(l.label, o.fontSize) + 14;
    const prev = keys.at(-1);
    const x = prev ? prev.x + 18 + textWidth(prev.l.label, o.fontSize) + 14 : 0;
    keys.push(prev && x + w - 14 > o.width ? { l, x: 0, y: prev.y + legendLine } : { l, x, y: prev?.y ?? 0 });
  }
  const top = keys.length ? keys.at(-1)!.y + legendLine : 0;
  let y = top + o.gap;
  const placed = data.map((d, i) => {
    if (headed && (i === 0 || (data[i - 1]!.group ?? '') !== (d.group ?? ''))) y += o.fontSize + 10;
    const at = y;
    y += labelHeight(d) + o.barHeight + o.gap;
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
  const legend = keys.map(({ l, x, y: ly }) => {
    return el(
      'g',
      { transform: `translate(${x},${ly + 2})` },
      el('rect', { width: 12, height: 12, rx: 2, class: `c${l.tone}` }),
      text({ x: 18, y: 6, dy: '0.35em', 'font-size': o.fontSize, class: 'ink' }, l.label),
    );
  });
  const rows = placed.map(({ d, y }) => {
    const w = Math.max(1, scales.get(d.group ?? '')!(d.value));
    const barTop = labelHeight(d);
    return link(
      d.href,
      `${d.label}${o.separator}${d.valueLabel}`,
      el(
        'g',
        { transform: `translate(0,${y})` },
        // The whole row, label included, is the link's target for pointer and touch, not only the painted marks.
        d.href ? el('rect', { width: o.width, height: barTop + o.barHeight, fill: 'transparent', class: 'hit' }) : undefined,
        lines({ x: 4, y: o.fontSize, 'font-size': o.fontSize, class: 'ink' }, labelLines.get(d)!, labelLine),
        WORD_BREAK,
        el('rect', { x: 0, y: barTop, width: w, height: o.barHeight, rx: 2, class: `c${d.tone ?? 0} focus` }),
        text({ x: w + 6, y: barTop + o.barHeight / 2, dy: '0.35em', 'font-size': o.fontSize, class: 'ink' }, d.valueLabel),
      ),
    );
  });
  // Below the axis, in words only: no bar, since the rows left out share no one value.
  const restLines = o.rest ? wrapLabel(o.rest.label, o.width - 4, o.fontSize) : [];
  const rest = o.rest
    ? link(
        o.rest.href,
        o.rest.label,
        el(
          'g',
          { transform: `translate(0,${height})` },
          o.rest.href ? el('rect', { width: o.width, height: restLines.length * labelLine, fill: 'transparent', class: 'hit' }) : undefined,
          lines({ x: 4, y: o.fontSize, 'font-size': o.fontSize, class: 'ink', 'font-weight': 'bold' }, restLines, labelLine),
        ),
      )
    : '';
  return svg(
    {
      id: o.id,
      title: o.title,
      description: o.description,
      width: o.width,
      height: o.rest ? height + restLines.length * labelLine + o.gap : height,
      fontSize: o.fontSize,
    },
    ...legend,
    ...headings,
    ...axes,
    ...rows,
    rest,
  );
}
