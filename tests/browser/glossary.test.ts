// Glossary terms in body text: linked once per page, the definition opened and closed by keyboard, announced
// as background, and working without JavaScript (declarative popover).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { axeViolations } from './axe';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const glossary = loadContent().collections.glossary;
const valueAdded = glossary.find((g) => g.id === 'value-added')!;
/** The expanded state in Chromium's accessibility tree (what a screen reader is told), not an attribute. */
async function expanded(page: Page, name: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  return nodes.find((n) => n.name?.value === name)?.properties?.find((p) => p.name === 'expanded')?.value.value;
}

const term = (page: Page, name: string) => page.getByRole('button', { name: `${name}（名词解释）` });

for (const javaScriptEnabled of [true, false]) {
  test(`a term opens its definition by keyboard and closes with Esc (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ open }) => {
    const page = await open('/industries/modern-finance/', { ...PHONE, javaScriptEnabled });
    const button = term(page, '增加值');
    await expect(button.count()).resolves.toBe(1);
    const pop = page.locator('#gt-value-added');
    await expect(pop.isVisible()).resolves.toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pop.isVisible()).toBe(true);
    await expect(pop.textContent()).resolves.toContain(valueAdded.data.definition);
    await expect(pop.textContent()).resolves.toContain('背景知识（不是方案原文）');
    // Screen readers hear the button as expanded: the browser maps popovertarget to the expanded state.
    await expect.poll(() => expanded(page, '增加值（名词解释）')).toBe(true);
    // The definition comes next in reading and Tab order.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('查看名词解释');

    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);
    await expect.poll(() => expanded(page, '增加值（名词解释）')).toBe(false);
  });
}

test('the close button and the glossary link inside the definition work', async ({ open }) => {
  const page = await open('/industries/modern-finance/', DESKTOP);
  await term(page, '增加值').click();
  await page.locator('#gt-value-added').getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => page.locator('#gt-value-added').isVisible()).toBe(false);
  await term(page, '增加值').click();
  await page.locator('#gt-value-added').getByRole('link', { name: '查看名词解释' }).click();
  await page.waitForURL('**/glossary/#value-added');
  await expect(page.locator(':target dt').textContent()).resolves.toBe(valueAdded.data.term);
});

test('only the first mention on a page is linked, and the official text is left exactly as issued', async ({ open }) => {
  const page = await open('/industries/modern-finance/', DESKTOP);
  const mentions = await page.locator('main').evaluate((m) => (m.textContent ?? '').split('增加值').length - 1);
  expect(mentions).toBeGreaterThan(1);
  await expect(page.locator('[data-glossary-term="value-added"]').count()).resolves.toBe(1);
  const plan = await open('/plan/', DESKTOP);
  await expect(plan.locator('[data-glossary-term]').count()).resolves.toBe(0);
});

test('an open definition passes axe', async ({ open }) => {
  const page = await open('/questions/', { ...PHONE, colorScheme: 'dark' });
  await page.locator('[data-glossary-term]').first().click();
  await expect.poll(() => page.locator('.glossary-pop:popover-open').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});
