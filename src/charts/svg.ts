// Deterministic SVG text: fixed attribute order, numbers rounded to 0.1, text escaped. Charts are strings
// so the same data always gives the same bytes, which the tests compare with committed files.
import { escapeHtml } from '../lib/html';

export const esc = escapeHtml;
export const num = (n: number) => String(Math.round(n * 10) / 10);

type Attrs = Record<string, string | number | undefined>;

export function el(name: string, attrs: Attrs, ...children: (string | false | undefined)[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v!)}"`)
    .join('');
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner ? `<${name}${a}>${inner}</${name}>` : `<${name}${a}/>`;
}

export const text = (attrs: Attrs, content: string) => el('text', attrs, esc(content));

/** Rough rendered width of a label: Han characters and full-width punctuation 1em, the rest about 0.6em. */
export function textWidth(label: string, fontSize: number): number {
  return [...label].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 1 : 0.6) * fontSize, 0);
}

/**
 * Between two text elements of one link: a space the drawing ignores, so the link's visible text reads as words
 * apart ("Year one results…", not "Year oneresults…"), as its accessible name has them (WCAG 2.5.3, label in name).
 */
export const WORD_BREAK = ' ';

/**
 * A label in lines no wider than `width`, broken between words; a label without spaces (Chinese) stays one line.
 * English names run long ("Wholesale and retail operating revenue above designated size") where Chinese fit.
 */
export function wrapLabel(label: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Text in several lines, each a <tspan> at `x`, `lineHeight` apart; one line is a plain <text>. */
export function lines(attrs: Attrs & { x: number }, content: readonly string[], lineHeight: number): string {
  if (content.length <= 1) return text(attrs, content[0] ?? '');
  // Each line but the last keeps the space it was broken at, so the text still reads as words (WORD_BREAK).
  return el(
    'text',
    attrs,
    ...content.map((line, i) =>
      el('tspan', { x: attrs.x, dy: i === 0 ? undefined : lineHeight }, esc(i < content.length - 1 ? `${line} ` : line)),
    ),
  );
}

/**
 * The last row of a summarised chart (src/lib/chart-cap.ts): words only, no mark, saying how many rows are not drawn
 * and linking to the list that holds them all.
 */
export interface RestRow {
  label: string;
  href?: string | undefined;
}

/** A link around marks; `label` is its accessible name. */
export const link = (href: string | undefined, label: string, ...children: string[]) =>
  href ? el('a', { href, 'aria-label': label }, ...children) : children.join('');

/**
 * The chart's palette as CSS custom properties with light defaults, so a downloaded SVG renders on its own
 * and the page can switch them for dark mode. Meaning never rests on these colours alone.
 */
/** The font, first in CHART_CSS: for a downloaded SVG; a chart drawn in a page takes the page's font. */
const CHART_FONT_CSS = 'svg{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}';
export const CHART_CSS = [
  CHART_FONT_CSS,
  '.ink{fill:var(--chart-ink,#1f2937)}.muted{fill:var(--chart-muted,#4b5563)}',
  '.line{stroke:var(--chart-line,#6b7280);fill:none}.bg{fill:var(--chart-bg,#ffffff)}',
  '.c0{fill:var(--chart-0,#9b1c1c)}.c1{fill:var(--chart-1,#1d4ed8)}.c2{fill:var(--chart-2,#047857)}.c3{fill:var(--chart-3,#6b7280)}',
  '.tick{stroke:var(--chart-bg,#ffffff);stroke-width:2;fill:none}',
  'a:focus-visible .focus,a:hover .focus{stroke:var(--chart-ink,#1f2937);stroke-width:2}',
].join('');
/** CHART_CSS without the font rule, for a chart drawn inside a page (ChartFigure.astro). */
export const CHART_PAGE_CSS = CHART_CSS.slice(CHART_FONT_CSS.length);
/** The same in every chart, so one hash in the page's Content-Security-Policy allows it (ChartFigure.astro). */
export const STYLE = el('style', {}, CHART_CSS);

export interface Frame {
  /** Unique on the page: prefixes the title and description ids. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** The labels' size in viewBox units: the chart never grows so wide that they pass LARGEST_LABEL_PX. */
  fontSize: number;
}

/** On a wide screen a chart stops growing when its labels reach this size (CSS px). */
export const LARGEST_LABEL_PX = 16;
/** The browser's default root font size, which rem is measured in. */
const ROOT_PX = 16;

/** The outer <svg>: responsive viewBox up to a readable maximum width, title and description for assistive technology. */
export function svg(frame: Frame, ...children: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
      // The widest the chart grows, in rem: it grows with the page's large-text mode as the text does. The page's
      // stylesheet shrinks it to its frame (svg.chart); an attribute, not a style, so the page's
      // Content-Security-Policy needs no hash per chart.
      width: `${Math.round((frame.width * LARGEST_LABEL_PX) / frame.fontSize) / ROOT_PX}rem`,
      role: 'group',
      'aria-labelledby': `${frame.id}-title ${frame.id}-desc`,
      class: 'chart',
    },
    el('title', { id: `${frame.id}-title` }, esc(frame.title)),
    el('desc', { id: `${frame.id}-desc` }, esc(frame.description)),
    STYLE,
    ...children,
  );
}
