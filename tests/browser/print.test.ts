// Printing a page: no navigation or controls on paper, link targets written out, citations kept.
import { expect } from 'vitest';
import { DESKTOP } from './chromium';
import { test } from './fixtures';

test('a printed entity page keeps its content and citations and drops navigation, search and controls', async ({ open }) => {
  const page = await open('/projects/sams-club/', DESKTOP);
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
});

test('a printed explorer table prints every row, without its filter controls', async ({ open }) => {
  const page = await open('/projects/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-explorer-controls]').isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-explorer-rows] > tr:visible').count()).resolves.toBeGreaterThan(20);
});

test('a printed chart keeps its drawing and prints its data table unfolded', async ({ open }) => {
  const page = await open('/targets/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('#chart-targets-amounts');
  await expect(figure.locator('svg.chart').isVisible()).resolves.toBe(true);
  await expect(figure.locator('details:has(table)').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
  await expect(figure.locator('details table').isVisible()).resolves.toBe(true);
  await expect(figure.locator('details tbody tr').first().isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect(figure.locator('details table').isVisible(), 'folded on screen').resolves.toBe(false);
});
