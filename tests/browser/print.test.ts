// Printing a page: no navigation or controls on paper, link targets written out, citations kept.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, launch, open } from './chromium';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

test('a printed entity page keeps its content and citations and drops navigation, search and controls', async () => {
  const page = await open(browser, '/projects/sams-club/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['header nav', 'nav[aria-label="当前位置"]', 'site-search', 'details.cite-this', 'footer [data-correction]']) {
    await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
  }
  await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  await expect(page.locator('footer').textContent()).resolves.toContain('越政发〔2023〕14号');
  // The citation link prints where it leads.
  const cite = page.locator('main a[href^="/plan/#s3-3-p3"]').first();
  await expect(cite.isVisible()).resolves.toBe(true);
  await expect(cite.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toContain('/plan/#s3-3-p3');
  await page.context().close();
});

test('a printed explorer table prints every row, without its filter controls', async () => {
  const page = await open(browser, '/projects/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-explorer-controls]').isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-explorer-rows] > tr:visible').count()).resolves.toBeGreaterThan(20);
  await page.context().close();
});

test('a printed chart keeps its drawing and prints its data table unfolded', async () => {
  const page = await open(browser, '/targets/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('#chart-targets-amounts');
  await expect(figure.locator('svg.chart').isVisible()).resolves.toBe(true);
  await expect(figure.locator('details').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
  await expect(figure.locator('details table').isVisible()).resolves.toBe(true);
  await expect(figure.locator('details tbody tr').first().isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect(figure.locator('details table').isVisible(), 'folded on screen').resolves.toBe(false);
  await page.context().close();
});
