// Every table of the site, measured where a reader sees it: on a 360 px phone (normal and large text) a table must read
// as rows of fields or scroll with its row labels fixed, never squeeze its columns to a character or two; on a desktop
// it stays a table. Every built page with a <table> is visited; tables inside closed disclosures (chart data) are opened.
//
// On a phone, for every table:
//   - no rendered cell is narrower than four characters of its own text (or its whole text, when that is shorter):
//     the cell's content box >= min(4 × font-size, the text's width on one line, measured in the cell's font);
//   - no row is more than twice the height of its content: the vertical extent its cells' contents cover (the tallest
//     cell where cells sit side by side, their sum where a row is a card of stacked fields), so a row is not mostly white;
//   - names in cells (links, tags, code) that fit their cell never break inside (871LOOP, 区文广旅游局);
//   - a table wider than its scroll area keeps its first column in view when scrolled to the end.
// The page at 360 px is at most PHONE_HEIGHT_BOUND (3, or 3.5 in English) times as tall as the same page at desktop width, in the same reading mode
// (the table layouts used to make /targets/ 25,000 px at 360 px).
import { t } from '../../src/i18n';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { builtPages } from '../site/dist';
import fs from 'node:fs';
import { baseUrl, DESKTOP, inLargeText, PHONE } from './chromium';
import { test as base } from './fixtures';
import { localeOfPath } from '../../src/lib/paths';

/**
 * How much taller a page may be on a phone than on a desktop: text a third as wide runs about three times as long.
 * English runs longer: its names are several words (District Bureau of Development and Reform for 区发改局) that wrap
 * in a card's narrow value column, where a Chinese name stays on one line.
 */
const PHONE_HEIGHT_BOUND = { 'zh-CN': 3, en: 3.5 } as const;

const withTables = [...builtPages()]
  .filter(([, file]) => fs.readFileSync(file, 'utf8').includes('<table'))
  .map(([url]) => url)
  .sort();

const test = base.extend('tabs', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
  const tab = async (options: BrowserContextOptions, large = false): Promise<Page> => {
    const context = await browser.newContext(options);
    if (large) await inLargeText(context);
    return context.newPage();
  };
  const tabs = {
    desktop: await tab(DESKTOP),
    desktopLarge: await tab(DESKTOP, true),
    phone: await tab(PHONE),
    phoneLarge: await tab(PHONE, true),
  };
  onCleanup(async () => {
    await Promise.all(Object.values(tabs).map((page) => page.context().close()));
  });
  return tabs;
});

interface Problem {
  table: string;
  what: string;
}

/** Opens every disclosure holding a table, then measures every table in the page (see the head of this file). */
async function measure(page: Page, url: string): Promise<{ height: number; problems: Problem[]; layouts: string[] }> {
  await page.goto(baseUrl() + url);
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) if (d.querySelector('table')) d.open = true;
    const canvas = document.createElement('canvas').getContext('2d')!;
    const problems: { table: string; what: string }[] = [];
    const layouts: string[] = [];
    const textOf = (el: Element) => ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
    const oneLine = (el: Element) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return canvas.measureText(textOf(el)).width;
    };
    const rendered = (el: Element) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility({ visibilityProperty: true }) && r.width > 1 && r.height > 1;
    };
    /** Vertical extent covered by the contents of a row's cells: the union of their boxes, each line at least its line height. */
    const covered = (cells: Element[]) => {
      const spans: [number, number][] = [];
      for (const cell of cells) {
        const style = getComputedStyle(cell);
        const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
        const range = document.createRange();
        range.selectNodeContents(cell);
        for (const r of range.getClientRects()) {
          if (r.height <= 0 || r.width <= 0) continue;
          const half = Math.max(r.height, lineHeight) / 2;
          const mid = (r.top + r.bottom) / 2;
          spans.push([mid - half, mid + half]);
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      let total = 0;
      let end = -Infinity;
      for (const [top, bottom] of spans) {
        if (bottom <= end) continue;
        total += bottom - Math.max(top, end);
        end = bottom;
      }
      return total;
    };
    document.querySelectorAll('table').forEach((table, n) => {
      if (!rendered(table)) return;
      const name = `table ${n + 1} (${textOf(table.caption ?? table).slice(0, 30)})`;
      layouts.push(getComputedStyle(table).display);
      for (const row of table.rows) {
        if (!rendered(row)) continue;
        const cells = [...row.cells].filter(rendered);
        for (const cell of cells) {
          const style = getComputedStyle(cell);
          const text = textOf(cell);
          if (!text) continue;
          const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const need = Math.min(4 * parseFloat(style.fontSize), oneLine(cell));
          if (width + 0.5 < need)
            problems.push({ table: name, what: `cell “${text.slice(0, 20)}” is ${Math.round(width)} px wide, needs ${Math.round(need)}` });
          for (const name_ of cell.querySelectorAll('a, .tag, code')) {
            // The lines its visible text stands on (text for screen readers only, .sr-only, is laid out in a 1 px box).
            const tops = new Set<number>();
            const walker = document.createTreeWalker(name_, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement?.closest('.sr-only')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top));
            }
            const lines = tops;
            if (lines.size > 1 && oneLine(name_) <= width)
              problems.push({ table: name, what: `“${textOf(name_)}” breaks inside, though it fits its cell` });
          }
        }
        const height = row.getBoundingClientRect().height;
        const content = covered(cells);
        if (content > 0 && height > 2 * content)
          problems.push({
            table: name,
            what: `row “${textOf(row).slice(0, 20)}” is ${Math.round(height)} px tall for ${Math.round(content)} px of content`,
          });
      }
      // A table that scrolls keeps its first column (the row labels) in view.
      const scroller = table.parentElement!;
      if (scroller.scrollWidth > scroller.clientWidth + 1) {
        scroller.scrollLeft = scroller.scrollWidth;
        const box = scroller.getBoundingClientRect();
        const first = table.rows[table.rows.length - 1]!.cells[0]!;
        const at = first.getBoundingClientRect();
        if (at.left < box.left - 1 || at.right > box.right + 1)
          problems.push({ table: name, what: 'its first column scrolls out of view' });
        scroller.scrollLeft = 0;
      }
    });
    return { height: document.documentElement.scrollHeight, problems, layouts };
  });
}

test('the tables are found on the pages that have them', () => {
  for (const url of ['/targets/', '/projects/', '/units/', '/compare/', '/data/']) expect(withTables).toContain(url);
});

test.for(withTables)(
  '%s: its tables read on a 360 px phone (normal and large text) and stay tables on a desktop',
  async (url, { tabs }) => {
    const desktop = await measure(tabs.desktop, url);
    expect(desktop.layouts.length, 'tables shown on the desktop').toBeGreaterThan(0);
    expect(
      desktop.layouts.every((d) => d === 'table'),
      `${url}: every table is laid out as a table on the desktop`,
    ).toBe(true);
    expect(desktop.problems, `${url} at desktop width`).toEqual([]);
    const desktopLarge = await measure(tabs.desktopLarge, url);
    for (const [page, wide, setting] of [
      [tabs.phone, desktop, '360 px'],
      [tabs.phoneLarge, desktopLarge, '360 px, large text'],
    ] as const) {
      const phone = await measure(page, url);
      expect(phone.problems, `${url} at ${setting}`).toEqual([]);
      expect(phone.height, `${url}: height at ${setting} against ${wide.height} px on a desktop`).toBeLessThanOrEqual(
        PHONE_HEIGHT_BOUND[localeOfPath(url)] * wide.height,
      );
    }
  },
);

test('on a phone the explorer shows cards, its sort buttons stay visible above them and sort the cards', async ({ open }) => {
  const page = await open('/units/', PHONE);
  const table = page.locator('#units-explorer table');
  expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('block');
  const sort = page.locator('#units-explorer th[data-key="clauses"] button');
  await expect.poll(() => sort.isVisible()).toBe(true);
  // The row of buttons says what they do.
  const label = await page
    .locator('#units-explorer thead tr')
    .evaluate((tr) => getComputedStyle(tr, '::before').content.replace(/ \/ ""$/, ''));
  expect(label).toBe(JSON.stringify(t('explorer.sortLabel')));
  await sort.click();
  await sort.click();
  await expect.poll(() => page.locator('#units-explorer th[data-key="clauses"]').getAttribute('aria-sort')).toBe('descending');
  const counts = (await page.locator('#units-explorer tbody tr td:nth-of-type(2)').allTextContents()).map((s) => parseInt(s));
  expect(counts.length).toBeGreaterThan(5);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});
