// Charts as readers meet them: drawn in the HTML without JavaScript, inside a 360 px screen, their data
// table saying what the marks say, and their links reachable by keyboard.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { charts, type Chart } from '../../src/charts/registry';
import { labelOverlaps, labelSizes } from './chart-labels';
import { DESKTOP, inLargeText, PHONE, visit } from './chromium';
import { test } from './fixtures';

const all = charts(buildSite(loadContent().collections));
test.for(all.map((c) => [c.id, c.page] as const))(
  '%s is drawn on %s without JavaScript and fits a 360 px screen',
  async ([id, page], { open }) => {
    const p = await open(page, { ...PHONE, javaScriptEnabled: false });
    const figure = p.locator(`#chart-${id}`);
    const svg = figure.locator('svg.chart:visible');
    await expect(svg.count()).resolves.toBe(1);
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expect(figure.locator('figcaption').textContent()).resolves.toContain('出处');
    await expect((await dataTable(figure)).count()).resolves.toBe(1);
  },
);

test.for([...new Set(all.map((c) => c.page))])(
  'chart labels on %s are readable on a 360 px phone, not oversized on a desktop, and never overlap, in both reading modes',
  async (page, { newContext }) => {
    // The large-text mode lets charts grow with the text (the root font size grows by 1.25, and the charts' widths are in rem): the upper bound grows with it.
    for (const [setting, large, min, max] of [
      [PHONE, false, 11, 16],
      [DESKTOP, false, 11, 18],
      [PHONE, true, 11, 20],
      [DESKTOP, true, 11, 22],
    ] as const) {
      const context = await newContext(setting);
      if (large) await inLargeText(context);
      const p = await visit(await context.newPage(), page);
      const where = `at ${setting.viewport.width} px wide${large ? ' in large text' : ''}`;
      const sizes = await labelSizes(p);
      expect(sizes.length).toBeGreaterThan(0);
      const wrong = sizes.filter((s) => s.px < min || s.px > max).map((s) => `${s.chart} “${s.label}” ${s.px.toFixed(1)}px`);
      expect(wrong, `labels outside ${min}–${max} px ${where}`).toEqual([]);
      expect(await labelOverlaps(p), `labels overlapping each other or a line ${where}`).toEqual([]);
    }
  },
);

test('the accountability matrix keeps its labels at 11 px or more at every width where it switches layout, in both reading modes', async ({
  newContext,
}) => {
  // Between a phone and a desktop the frame passes the width where the wide layout takes over: its labels are smallest there.
  for (const large of [false, true])
    for (let width = 460; width <= 600; width += 20) {
      const context = await newContext({ viewport: { width, height: 900 } });
      if (large) await inLargeText(context);
      const p = await visit(await context.newPage(), '/units/');
      const smallest = Math.min(...(await labelSizes(p)).filter((s) => s.chart === 'chart-accountability').map((s) => s.px));
      expect(smallest, `at ${width} px wide${large ? ' in large text' : ''}`).toBeGreaterThanOrEqual(11);
    }
});

test('the accountability matrix is a classic grid on a desktop and puts unit names above their rows on a phone, never both', async ({
  open,
}) => {
  for (const [setting, shown] of [
    [DESKTOP, 'accountability'],
    [PHONE, 'accountability-narrow'],
  ] as const) {
    const p = await open('/units/', { ...setting, javaScriptEnabled: false });
    const visible = p.locator('#chart-accountability svg.chart:visible');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.getAttribute('aria-labelledby')).resolves.toBe(`${shown}-title ${shown}-desc`);
    // Both layouts name the same units, each a link to its page.
    await expect(visible.locator('a[href^="/units/"]').count()).resolves.toBe(
      all.find((c) => c.id === 'accountability')!.table.rows.length,
    );
  }
});

/**
 * A chart's data table: its own, folded in the figure, or the page's table of the same rows that the figure links to
 * instead (an industry's or programme's targets, right below it).
 */
async function dataTable(figure: Locator): Promise<Locator> {
  const link = figure.locator('a[data-chart-table]');
  if ((await link.count()) === 0) return figure.locator('details table');
  expect(await figure.locator('details table').count(), 'a figure that links to a table has none of its own').toBe(0);
  return figure.page().locator(`table${await link.getAttribute('href')}`);
}

/** The data table as the reader sees it: header cells, then each row's cells as text. */
const tableOf = async (figure: Locator) =>
  (await dataTable(figure)).evaluate((t) => ({
    columns: [...t.querySelectorAll('thead th')].map((c) => c.textContent!.trim()),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())),
  }));

/** What the visible drawing says, read from the SVG by chart kind (see src/charts/). */
const drawingOf = (figure: Locator, kind: Chart['kind']) =>
  figure.locator('svg.chart:visible').evaluate((svg, kind) => {
    const texts = (e: Element) => [...e.querySelectorAll('text')].map((t) => t.textContent!);
    switch (kind) {
      case 'bars': // each bar's row: its label and its value in words
        return [...svg.querySelectorAll('rect.focus')].map((r) => texts(r.parentElement!));
      case 'tree': // every node's label, in reading order
        return texts(svg);
      case 'timeline': // steps as [when, what]; the yearly band as single labels after its title
        return [...svg.querySelectorAll('circle')]
          .map((c) => texts(c.parentElement!))
          .concat([...svg.querySelectorAll('rect.focus')].map((r) => texts(r.parentElement!)));
      case 'waffle': // each group: its heading and how many squares it has; then the key
        return [...svg.querySelectorAll('g')]
          .filter((g) => g.querySelector('text[font-weight]'))
          .map((g) => [texts(g)[0]!, String(g.querySelectorAll('rect').length)])
          .concat([texts(svg).at(-1)!.split(' ')]);
      case 'matrix': // each row: its label, then per column whether a ticked square or a dot is drawn
        return [...svg.children]
          .filter((g) => g.tagName === 'g')
          .map((g) => [
            texts(g)[0]!,
            ...[...g.children]
              .filter((c) => c.tagName === 'g' || c.classList.contains('muted'))
              .map((c) => (c.tagName === 'g' ? '是' : '')),
          ]);
    }
  }, kind);

test.for(all.map((c) => [c.id, c] as const))('the data table of %s says what its drawing says', async ([, chart], { open }) => {
  const p = await open(chart.page, { ...PHONE, javaScriptEnabled: false });
  const figure = p.locator(`#chart-${chart.id}`);
  const table = await tableOf(figure);
  const drawn = (await drawingOf(figure, chart.kind)) as string[][];
  expect(table.rows.length).toBeGreaterThan(0);
  switch (chart.kind) {
    case 'bars':
      if (await figure.locator('a[data-chart-table]').count()) {
        // The page's targets table, which the figure links to: every drawn bar is one of its rows, with the same name
        // and the drawn value within the row's (which may add the plan's qualifier, 力争 80%以上). Its own order.
        expect(drawn.length).toBe(table.rows.length);
        for (const [label, value] of drawn) {
          // A row's name may be followed by the site's note on it (a smaller line under the name).
          const row = table.rows.find((r) => r[0] === label) ?? table.rows.find((r) => r[0]!.startsWith(label!));
          expect(row, `no row ${label} in the table below`).toBeDefined();
          expect(row![1]).toContain(value);
        }
      } else expect(drawn).toEqual(table.rows.map((r) => r.slice(0, 2)));
      break;
    case 'tree':
      expect(drawn).toEqual(table.rows.map((r) => r[1]));
      break;
    case 'timeline': {
      const yearly = table.rows.filter((r) => r[0] === '每年');
      expect(drawn).toEqual([...table.rows.filter((r) => r[0] !== '每年').map((r) => r.slice(0, 2)), ...yearly.map((r) => [r[1]])]);
      break;
    }
    case 'waffle': {
      // Squares times what one square stands for make the total the table gives for that category.
      const key = drawn.pop()!;
      const perSquare = Number(key[1]!.match(/^\d+/)![0]);
      const column = table.columns.indexOf(key[1]!.endsWith('亿元') ? '投资' : '项目数量');
      expect(column).toBeGreaterThan(0);
      for (const [i, [heading, squares]] of drawn.entries()) {
        const row = table.rows[i]!;
        expect(heading).toBe(`${row[0]} ${row[column]}`);
        expect(Number(squares) * perSquare).toBe(Number(row[column]!.match(/^\d+/)![0]));
      }
      expect(drawn.length).toBe(table.rows.length);
      break;
    }
    case 'matrix':
      expect(drawn).toEqual(table.rows);
      break;
  }
});

test('chart links are reachable with the keyboard and lead to their page', async ({ open }) => {
  const p = await open('/', DESKTOP);
  const first = p.locator('#chart-plan-structure svg a').first();
  await first.focus();
  await expect.poll(() => first.evaluate((a) => a === document.activeElement)).toBe(true);
  await Promise.all([p.waitForURL('**/plan/#s1-2'), p.keyboard.press('Enter')]);
});

test('an embed page shows the chart alone, with caption, source and a way back to the site', async ({ open }) => {
  const p = await open('/embed/project-investment/', PHONE);
  await expect(p.locator('header').count()).resolves.toBe(0);
  await expect(p.locator('figure svg.chart').count()).resolves.toBe(1);
  await expect(p.getByRole('link', { name: '越城区“1616”专项行动' }).getAttribute('href')).resolves.toBe('/projects/');
});

test('a mark shows its label in a tooltip on hover and on keyboard focus, and Esc dismisses it', async ({ open }) => {
  const p = await open('/targets/', DESKTOP);
  const figure = p.locator('#chart-targets-amounts');
  const tip = figure.locator('.chart-tip');
  const mark = figure.locator('svg a[aria-label]').nth(1);
  const label = (await mark.getAttribute('aria-label'))!;
  await mark.hover();
  await expect.poll(() => tip.isVisible()).toBe(true);
  await expect.poll(() => tip.textContent()).toBe(label);
  // Visual only: screen readers already hear the label from the mark itself.
  await expect(tip.getAttribute('aria-hidden')).resolves.toBe('true');
  // It sits inside the chart, above the mark.
  const [t, m] = [(await tip.boundingBox())!, (await mark.boundingBox())!];
  expect(t.y + t.height).toBeLessThanOrEqual(m.y + 1);
  await p.mouse.move(0, 0);
  await expect.poll(() => tip.isVisible()).toBe(false);

  await mark.focus();
  await expect.poll(() => tip.textContent()).toBe(label);
  await expect.poll(() => tip.isVisible()).toBe(true);
  await p.keyboard.press('Escape');
  await expect.poll(() => tip.isVisible()).toBe(false);
});

test('without JavaScript there is no tooltip, and the marks are still labelled links', async ({ open }) => {
  const p = await open('/targets/', { ...PHONE, javaScriptEnabled: false });
  await expect(p.locator('.chart-tip').count()).resolves.toBe(0);
  await expect(p.locator('#chart-targets-amounts svg a[aria-label]').count()).resolves.toBeGreaterThan(3);
});
