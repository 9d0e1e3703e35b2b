// The large-text, high-contrast mode (适老化): chosen in the header, applied at once, remembered across pages.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { labelSizes } from './chart-labels';
import { baseUrl, inLargeText, openMenu, PHONE } from './chromium';
import { test } from './fixtures';

const rootSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const fontSize = (page: Page) =>
  page
    .locator('main p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test('the header control enlarges the text, raises contrast and is remembered on the next page', async ({ open }) => {
  const page = await open('/projects/', PHONE);
  await openMenu(page); // on a phone the control is in the header's menu
  const toggle = page.getByRole('button', { name: '大字高对比' });
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  const before = await fontSize(page);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => fontSize(page)).toBeGreaterThanOrEqual(before * 1.2);
  await expect.poll(() => page.locator('body').evaluate((b) => getComputedStyle(b).color)).toBe('rgb(0, 0, 0)');

  await page.getByRole('link', { name: '山姆超市' }).first().click();
  await page.waitForURL('**/projects/sams-club/');
  await openMenu(page);
  await expect(page.getByRole('button', { name: '大字高对比' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(rootSize(page)).resolves.toBe(20);

  await page.getByRole('button', { name: '大字高对比' }).click();
  await page.reload();
  await openMenu(page);
  await expect(page.getByRole('button', { name: '大字高对比' }).getAttribute('aria-pressed')).resolves.toBe('false');
  await expect(rootSize(page)).resolves.toBe(16);
});

test('without JavaScript there is no control that cannot work', async ({ open }) => {
  const page = await open('/', { ...PHONE, javaScriptEnabled: false });
  await openMenu(page); // where the control would be on a phone
  await expect(page.getByRole('link', { name: '五分钟读懂' }).first().isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: '大字高对比' }).count()).resolves.toBe(0);
});

test('the choice is reachable by keyboard', async ({ newContext }) => {
  const page = await (await newContext(PHONE)).newPage();
  await page.goto(baseUrl() + '/');
  await openMenu(page);
  await page.getByRole('button', { name: '大字高对比' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['reading'])).toBe('large');
});

test('on a wide screen, charts grow with the text in the large-text mode', async ({ newContext }) => {
  const size = async (large: boolean) => {
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    if (large) await inLargeText(context);
    const page = await context.newPage();
    await page.goto(baseUrl() + '/targets/');
    return (await labelSizes(page)).filter((l) => l.chart === 'chart-targets-amounts')[3]!.px;
  };
  const [normal, large] = [await size(false), await size(true)];
  expect(large / normal).toBeCloseTo(1.25, 1);
});
