// What an investor looks for: each industry's opportunity with the support measures, and all six side by side.
import { expect } from 'vitest';
import { formatTargetValue } from '../../src/i18n/format';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const site = buildSite(loadContent().collections);

test('an industry page lists the support measures with their clauses, and each leads to the plan’s words', async ({ open }) => {
  const page = await open('/industries/digital-software/', PHONE);
  const section = page.locator('h2:has-text("支持措施") + p + ul');
  // The list as read, without the glossary popovers' definitions that its terms open.
  const text = await section.evaluate((ul) => {
    const copy = ul.cloneNode(true) as HTMLElement;
    for (const pop of copy.querySelectorAll('[popover]')) pop.remove();
    return copy.textContent ?? '';
  });
  for (const m of site.measures) {
    expect(text).toContain(m.data.name);
    expect(text).toContain(m.data.summary);
  }
  expect(text).toContain('四（三）¶1');
  // The summary is the site's: the plan's own words are one link away, in the measure's section.
  await Promise.all([page.waitForURL(/\/measures\/#factors$/), section.getByRole('link', { name: '加大要素保障' }).click()]);
  const points = page.locator('section:has(h2#factors)');
  expect(await points.isVisible()).toBe(true);
  expect(await points.textContent()).toContain('弹性年期出让、先租后让、租让结合、长期租赁');
});

test('/compare/ puts the six industries side by side with their targets, platforms, projects and units', async ({ open }) => {
  const page = await open('/compare/', DESKTOP);
  const headers = await page.locator('thead th').allTextContents();
  expect(headers).toEqual(site.industries.map((i) => i.data.name));
  const targetCells = await page.locator('tbody tr:has(th:has-text("量化目标")) td').allTextContents();
  site.industries.forEach((i, col) => {
    for (const tg of site.targetsOfIndustry(i.id)) expect(targetCells[col]).toContain(formatTargetValue(tg.data));
  });
  const unitCells = await page.locator('tbody tr:has(th:has-text("责任单位")) td').allTextContents();
  expect(unitCells[1]).toContain('区商务局');
});

test('on a phone the comparison scrolls inside its box, not the page', async ({ open }) => {
  const page = await open('/compare/', PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});
