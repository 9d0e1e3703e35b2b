// Chart colours as Chromium renders them, in every setting a reader can be in: WCAG contrast of every SVG
// label (4.5:1) and of every mark, tick and connector (3:1, non-text contrast) against what lies behind it.
// axe does not measure SVG text or graphics, so this does. Printing from a dark-scheme system must still
// give dark ink on white paper.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { wcagContrast } from 'culori';
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { charts } from '../../src/charts/registry';
import { axeViolations, withAxe } from './axe';
import { baseUrl, DESKTOP, inLargeText, PHONE } from './chromium';
import { test } from './fixtures';

const pages = [...new Set(charts(buildSite(loadContent().collections)).map((c) => c.page))].sort();

interface Setting {
  name: string;
  context: BrowserContextOptions;
  large?: boolean;
  print?: boolean;
}
const settings: Setting[] = [
  { name: 'light', context: { ...DESKTOP, colorScheme: 'light' } },
  { name: 'dark', context: { ...PHONE, colorScheme: 'dark' } },
  { name: 'large text, light', context: { ...PHONE, colorScheme: 'light' }, large: true },
  { name: 'large text, dark', context: { ...PHONE, colorScheme: 'dark' }, large: true },
  { name: 'print from a dark-scheme system', context: { ...DESKTOP, colorScheme: 'dark' }, print: true },
];

/** A coloured thing in a chart: its colour and the colour behind it, as computed by the browser. */
interface Pair {
  what: string;
  fg: string;
  bg: string;
  text: boolean;
}

/** Every label, mark, tick and connector of every chart on the page, each with the colour behind it. */
function pairs(page: Page): Promise<Pair[]> {
  return page.evaluate(() => {
    const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    // What the chart is drawn on: the nearest ancestor with a background (the body at the latest).
    const behind = (el: Element) => {
      for (let e: Element | null = el.closest('svg')!.parentElement; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!transparent(c)) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const out: Pair[] = [];
    for (const svg of document.querySelectorAll('svg.chart')) {
      const bg = behind(svg);
      const id = svg.closest('figure')?.id ?? 'chart';
      for (const t of svg.querySelectorAll('text')) {
        if (t.textContent?.trim()) out.push({ what: `${id} label “${t.textContent}”`, fg: getComputedStyle(t).fill, bg, text: true });
      }
      for (const m of svg.querySelectorAll('[class^="c"]:is(rect, circle, path)')) {
        out.push({ what: `${id} mark .${m.getAttribute('class')}`, fg: getComputedStyle(m).fill, bg, text: false });
      }
      for (const l of svg.querySelectorAll('.line')) out.push({ what: `${id} line`, fg: getComputedStyle(l).stroke, bg, text: false });
      // A tick is drawn on its coloured square, not on the page.
      for (const k of svg.querySelectorAll('.tick')) {
        const square = k.previousElementSibling!;
        out.push({
          what: `${id} tick on .${square.getAttribute('class')}`,
          fg: getComputedStyle(k).stroke,
          bg: getComputedStyle(square).fill,
          text: false,
        });
      }
    }
    return out;
  });
}

test('there are charts to check', () => expect(pages.length).toBeGreaterThan(5));

test.for(settings.map((s) => [s.name, s] as const))('chart labels reach 4.5:1 and marks 3:1 (%s)', async ([, setting], { newContext }) => {
  const context = await newContext(setting.context);
  if (setting.large) await inLargeText(context);
  const page = await context.newPage();
  if (setting.print) await page.emulateMedia({ media: 'print' });
  const failures: string[] = [];
  let checked = 0;
  for (const url of pages) {
    await page.goto(baseUrl() + url);
    for (const p of await pairs(page)) {
      checked++;
      const ratio = wcagContrast(p.fg, p.bg);
      if (ratio < (p.text ? 4.5 : 3)) failures.push(`${url} ${p.what}: ${p.fg} on ${p.bg} is ${ratio.toFixed(2)}:1`);
    }
  }
  expect(checked, 'colours measured').toBeGreaterThan(100);
  expect([...new Set(failures)]).toEqual([]);
});

test.for(['/', '/industries/cultural-tourism/', '/projects/', '/units/', '/plan/'])(
  'printed from a dark-scheme system, %s passes axe: dark ink on white paper',
  async (url, { newContext }) => {
    const context = await withAxe(await newContext({ ...DESKTOP, colorScheme: 'dark' }));
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(baseUrl() + url);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
  },
);
