// Charts as readers meet them: drawn in the HTML without JavaScript, inside a 360 px screen, their data
// table saying what the marks say, and their links reachable by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { charts } from '../../src/charts/registry';
import { DESKTOP, launch, open, PHONE } from './chromium';

const all = charts(buildSite(loadContent().collections));
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

test.each(all.map((c) => [c.id, c.page] as const))('%s is drawn on %s without JavaScript and fits a 360 px screen', async (id, page) => {
  const p = await open(browser, page, { ...PHONE, javaScriptEnabled: false });
  const figure = p.locator(`#chart-${id}`);
  const svg = figure.locator('svg.chart:visible');
  await expect(svg.count()).resolves.toBe(1);
  const box = (await svg.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await expect(figure.locator('figcaption').textContent()).resolves.toContain('出处');
  await expect(figure.locator('details table').count()).resolves.toBe(1);
  await p.context().close();
});

/** Rendered size in CSS px of every label of every chart the reader can see on the page. */
const labelSizes = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('svg.chart')]
      .filter((s) => s.getBoundingClientRect().width > 0)
      .flatMap((s) =>
        [...s.querySelectorAll('text')].map((t) => {
          const m = t.getScreenCTM()!;
          return { chart: s.closest('figure')!.id, label: t.textContent, px: Math.hypot(m.a, m.b) * parseFloat(t.getAttribute('font-size')!) };
        }),
      ),
  );

test.each([...new Set(all.map((c) => c.page))])('chart labels on %s are readable on a 360 px phone and not oversized on a desktop', async (page) => {
  for (const [setting, min, max] of [[PHONE, 11, 16], [DESKTOP, 11, 18]] as const) {
    const p = await open(browser, page, setting);
    const sizes = await labelSizes(p);
    expect(sizes.length).toBeGreaterThan(0);
    const wrong = sizes.filter((s) => s.px < min || s.px > max).map((s) => `${s.chart} “${s.label}” ${s.px.toFixed(1)}px`);
    expect(wrong, `labels outside ${min}–${max} px at ${setting.viewport.width} px wide`).toEqual([]);
    await p.context().close();
  }
});

test('the accountability matrix is a classic grid on a desktop and puts unit names above their rows on a phone, never both', async () => {
  for (const [setting, shown] of [[DESKTOP, 'accountability'], [PHONE, 'accountability-narrow']] as const) {
    const p = await open(browser, '/units/', { ...setting, javaScriptEnabled: false });
    const visible = p.locator('#chart-accountability svg.chart:visible');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.getAttribute('aria-labelledby')).resolves.toBe(`${shown}-title ${shown}-desc`);
    // Both layouts name the same units, each a link to its page.
    await expect(visible.locator('a[href^="/units/"]').count()).resolves.toBe(all.find((c) => c.id === 'accountability')!.table.rows.length);
    await p.context().close();
  }
});

test('each target panel’s table lists exactly the labels and values drawn', async () => {
  const p = await open(browser, '/targets/', DESKTOP);
  for (const id of ['targets-amounts', 'targets-shares', 'targets-counts']) {
    const figure = p.locator(`#chart-${id}`);
    const drawn = await figure.locator('svg text').allTextContents();
    const rows = await figure.locator('details tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 2).map((c) => c.textContent)));
    expect(rows.length).toBeGreaterThan(0);
    const legend = drawn.length - rows.length * 2;
    expect(drawn.slice(legend)).toEqual(rows.flat());
  }
  await p.context().close();
});

test('chart links are reachable with the keyboard and lead to their page', async () => {
  const p = await open(browser, '/', DESKTOP);
  const first = p.locator('#chart-plan-structure svg a').first();
  await first.focus();
  await expect(first.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
  await Promise.all([p.waitForURL('**/plan/#s1-2'), p.keyboard.press('Enter')]);
  await p.context().close();
});

test('an embed page shows the chart alone, with caption, source and a way back to the site', async () => {
  const p = await open(browser, '/embed/project-investment/', PHONE);
  await expect(p.locator('header').count()).resolves.toBe(0);
  await expect(p.locator('figure svg.chart').count()).resolves.toBe(1);
  await expect(p.getByRole('link', { name: '越城区“1616”专项行动' }).getAttribute('href')).resolves.toBe('/projects/');
  await p.context().close();
});

test('a mark shows its label in a tooltip on hover and on keyboard focus, and Esc dismisses it', async () => {
  const p = await open(browser, '/targets/', DESKTOP);
  const figure = p.locator('#chart-targets-amounts');
  const tip = figure.locator('.chart-tip');
  const mark = figure.locator('svg a[aria-label]').nth(1);
  const label = (await mark.getAttribute('aria-label'))!;
  await mark.hover();
  await expect(tip.isVisible()).resolves.toBe(true);
  await expect(tip.textContent()).resolves.toBe(label);
  // Visual only: screen readers already hear the label from the mark itself.
  await expect(tip.getAttribute('aria-hidden')).resolves.toBe('true');
  // It sits inside the chart, above the mark.
  const [t, m] = [(await tip.boundingBox())!, (await mark.boundingBox())!];
  expect(t.y + t.height).toBeLessThanOrEqual(m.y + 1);
  await p.mouse.move(0, 0);
  await expect(tip.isVisible()).resolves.toBe(false);

  await mark.focus();
  await expect(tip.textContent()).resolves.toBe(label);
  await expect(tip.isVisible()).resolves.toBe(true);
  await p.keyboard.press('Escape');
  await expect(tip.isVisible()).resolves.toBe(false);
  await p.context().close();
});

test('without JavaScript there is no tooltip, and the marks are still labelled links', async () => {
  const p = await open(browser, '/targets/', { ...PHONE, javaScriptEnabled: false });
  await expect(p.locator('.chart-tip').count()).resolves.toBe(0);
  await expect(p.locator('#chart-targets-amounts svg a[aria-label]').count()).resolves.toBeGreaterThan(3);
  await p.context().close();
});
