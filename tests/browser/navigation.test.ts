// What a reader does: open the home page, follow the navigation to every industry, follow a citation
// to its paragraph; all with JavaScript turned off too, since no page needs it.
import { describe, expect } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { baseUrl, DESKTOP, openMenu, PHONE } from './chromium';
import { test } from './fixtures';

const site = buildSite(loadContent().collections);

describe('home page', () => {
  test('says what “1616” is and shows the headline targets and both sixes', async ({ open }) => {
    const page = await open('/', DESKTOP);
    await expect(page.locator('h1').textContent()).resolves.toBe('越城区“1616”专项行动');
    await expect(page.getByText('越政发〔2023〕14号').first().isVisible()).resolves.toBe(true);
    const table = page.locator('table', { has: page.locator('caption', { hasText: '主要目标' }) });
    await expect(table.locator('tbody tr').count()).resolves.toBe(site.headlineTargets.length);
    await expect(table.getByRole('row', { name: /服务业增加值/ }).textContent()).resolves.toContain('1000亿元');
    // The cards: name, then the summary (the structure chart links the same pages by name alone).
    for (const i of site.industries)
      await expect(page.getByRole('link', { name: `${i.data.name} ${i.data.summary}` }).isVisible()).resolves.toBe(true);
    for (const p of site.programmes)
      await expect(page.getByRole('link', { name: `${p.data.name} ${p.data.summary}` }).isVisible()).resolves.toBe(true);
  });
});

test('the main navigation reaches every industry page', async ({ open }) => {
  const page = await open('/', PHONE);
  for (const industry of site.industries) {
    await openMenu(page); // a phone shows the sections behind the header's menu button
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '六大行业' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('六大重点行业');
    await page.getByRole('table').getByRole('link', { name: industry.data.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/industries/${industry.id}/`);
    await page.waitForLoadState();
    await expect(page.locator('h1').textContent()).resolves.toBe(industry.data.name);
    await expect(page.getByRole('navigation', { name: '当前位置' }).textContent()).resolves.toContain('六大行业');
  }
});

test('a citation link lands on the cited paragraph of the plan, in view', async ({ open }) => {
  const page = await open('/industries/modern-finance/', PHONE);
  const commitment = site.maps.industries.get('modern-finance')!.data.commitments[1]!;
  const item = page.getByRole('listitem').filter({ hasText: commitment.text });
  await item.getByRole('link', { name: site.label(commitment.source) }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/plan/#${commitment.source}`);
  await page.waitForLoadState(); // the browser scrolls to the paragraph as the page loads
  const paragraph = page.locator(`[id="${commitment.source}"]`);
  await expect(paragraph.textContent()).resolves.toContain(commitment.text);
  await expect(paragraph.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
  const box = (await paragraph.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(PHONE.viewport.height);
});

test('a target on /targets/ links to the paragraph that states it', async ({ open }) => {
  const page = await open('/targets/#tourism-revenue', DESKTOP);
  const row = page.locator('[id="tourism-revenue"]');
  await expect(row.textContent()).resolves.toContain('500亿元');
  await row.getByRole('link', { name: '二（一）¶1' }).click();
  await expect.poll(() => page.locator(':target').textContent()).toContain('实现旅游总收入500亿元');
});

test('pages work with JavaScript disabled', async ({ open }) => {
  const page = await open('/projects/', { ...PHONE, javaScriptEnabled: false });
  await expect(page.locator('h1').textContent()).resolves.toBe('重大项目');
  // The complete table is there without JavaScript, and its links work.
  const link = page.locator('#projects-explorer').getByRole('link', { name: '山姆超市' });
  await expect(link.isVisible()).resolves.toBe(true);
  await link.click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('山姆超市');
  await page.waitForLoadState();
  // The project's background note (glossary definitions carry the same label, in closed popovers).
  await expect(page.getByText('背景知识（不是方案原文）').filter({ visible: true }).count()).resolves.toBe(1);
  await expect(page.getByText(/方案未写明这个项目的投资额/).isVisible()).resolves.toBe(true);
});

test('an unknown address shows the 404 page with ways back', async ({ newContext }) => {
  const page = await (await newContext(DESKTOP)).newPage();
  const response = await page.goto(baseUrl() + '/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
});
