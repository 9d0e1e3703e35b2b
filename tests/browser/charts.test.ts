// Charts as readers meet them: drawn in the HTML without JavaScript, inside a 360 px screen, their data
// table saying what the marks say, and their links reachable by keyboard.
import type { Browser } from 'playwright-core';
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
  const svg = figure.locator('svg.chart');
  await expect(svg.count()).resolves.toBe(1);
  const box = (await svg.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await expect(figure.locator('figcaption').textContent()).resolves.toContain('出处');
  await expect(figure.locator('details table').count()).resolves.toBe(1);
  await p.context().close();
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
