// The large-text, high-contrast mode (适老化): chosen in the header, applied at once, remembered across pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { labelSizes } from './chart-labels';
import { baseUrl, inLargeText, launch, open, openMenu, PHONE } from './chromium';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

const rootSize = (page: import('playwright-core').Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const fontSize = (page: import('playwright-core').Page) =>
  page
    .locator('main p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test('the header control enlarges the text, raises contrast and is remembered on the next page', async () => {
  const page = await open(browser, '/projects/', PHONE);
  await openMenu(page); // on a phone the control is in the header's menu
  const toggle = page.getByRole('button', { name: '大字高对比' });
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  const before = await fontSize(page);
  await toggle.click();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  expect(await fontSize(page)).toBeGreaterThanOrEqual(before * 1.2);
  await expect(page.locator('body').evaluate((b) => getComputedStyle(b).color)).resolves.toBe('rgb(0, 0, 0)');

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
  await page.context().close();
});

test('without JavaScript there is no control that cannot work', async () => {
  const page = await open(browser, '/', { ...PHONE, javaScriptEnabled: false });
  await openMenu(page); // where the control would be on a phone
  await expect(page.getByRole('link', { name: '五分钟读懂' }).first().isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: '大字高对比' }).count()).resolves.toBe(0);
  await page.context().close();
});

test('the choice is reachable by keyboard', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(baseUrl() + '/');
  await openMenu(page);
  await page.getByRole('button', { name: '大字高对比' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.documentElement.dataset['reading'])).resolves.toBe('large');
  await context.close();
});

test('on a wide screen, charts grow with the text in the large-text mode', async () => {
  const size = async (large: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (large) await inLargeText(context);
    const page = await context.newPage();
    await page.goto(baseUrl() + '/targets/');
    const px = (await labelSizes(page)).filter((l) => l.chart === 'chart-targets-amounts')[3]!.px;
    await context.close();
    return px;
  };
  const [normal, large] = [await size(false), await size(true)];
  expect(large / normal).toBeCloseTo(1.25, 1);
});
