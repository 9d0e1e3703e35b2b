// The search interface as people use it: the header box with suggestions, the /search/ page with filters in
// the URL, keyboard use, the live announcement, and what happens without JavaScript.
import { describe, expect } from 'vitest';
import { searchOnPage } from '../../scripts/search-driver';
import { axeViolations } from './axe';
import { baseUrl, DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const isSearchAsset = (url: string) => /\/pagefind\/|\/search\/suggest\.json|search-engine/.test(url);

describe('header search box', () => {
  test('loads nothing of search until used, then suggests entities as you type', async ({ newContext }) => {
    const page = await (await newContext(DESKTOP)).newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(baseUrl() + '/industries/modern-commerce/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter(isSearchAsset)).toEqual([]);

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: '搜索本站' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('山姆');
    const option = page.getByRole('option', { name: /山姆超市/ });
    await option.waitFor();
    expect(requested.some((u) => u.endsWith('/search/suggest.json'))).toBe(true);
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(false); // full text only on a full search
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');

    await box.press('ArrowDown');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page), 'with the suggestion list open').toEqual([]);
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
    await box.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.getByRole('listbox').isHidden()).toBe(true);

    await box.fill('');
    await box.pressSequentially('lxgl');
    await page.getByRole('option', { name: /鲁迅故里步行街/ }).waitFor();
    await box.press('ArrowDown');
    await Promise.all([page.waitForURL('**/projects/luxun-hometown-street/'), box.press('Enter')]);
  });

  test('Enter without a chosen suggestion opens the results page for the query', async ({ open }) => {
    const page = await open('/', PHONE);
    const box = page.getByRole('combobox', { name: '搜索本站' });
    await box.fill('链长制');
    await Promise.all([page.waitForURL('**/search/?q=*'), box.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('链长制');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
    await expect(page.locator('a[data-result]').first().getAttribute('href')).resolves.toBe('/glossary/#chain-leader');
  });
});

describe('/search/ page', () => {
  test('query and filters live in the URL, and Back restores the previous search', async ({ open }) => {
    const page = await open(`/search/?q=${encodeURIComponent('项目')}&type=${encodeURIComponent('重大项目')}`, DESKTOP);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
    await expect(page.locator('select[name="type"]').inputValue()).resolves.toBe('重大项目');
    const types = await page.locator('[data-search-results] li .tag').allTextContents();
    expect(types.length).toBeGreaterThan(3);
    expect(new Set(types)).toEqual(new Set(['重大项目']));
    const first = await page.locator('a[data-result]').allTextContents();

    await page.locator('select[name="category"]').selectOption('文旅融合型');
    await page.waitForURL((u) => u.searchParams.get('category') === '文旅融合型');
    await page.waitForFunction(
      (before) => [...document.querySelectorAll('a[data-result]')].map((a) => a.textContent).join() !== before,
      first.join(),
    );
    const cultural = await page.locator('a[data-result]').allTextContents();
    expect(cultural).toContain('越子城');
    expect(cultural).not.toContain('山姆超市');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBeNull();
    await expect.poll(() => page.locator('select[name="category"]').inputValue()).toBe('');
    await page.waitForFunction(
      (before) => [...document.querySelectorAll('a[data-result]')].map((a) => a.textContent).join() === before,
      first.join(),
    );
  });

  test('a responsible-unit filter keeps only what that unit answers for', async ({ open }) => {
    const page = await open(`/search/?q=${encodeURIComponent('康养')}&unit=${encodeURIComponent('区民政局')}`, DESKTOP);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
    const hrefs = await page.locator('a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/projects/xicheng-plaza-care/');
    expect(hrefs).not.toContain('/industries/cultural-tourism/');
  });

  test('results are announced with their count, reachable with arrow keys, and open with Enter', async ({ open }) => {
    const page = await open('/search/', DESKTOP);
    const status = page.getByRole('status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    const { hrefs, status: text } = await searchOnPage(page, '鉴水科技城');
    expect(text).toBe(`找到 ${hrefs.length} 条与“鉴水科技城”相关的结果。`);
    expect(await axeViolations(page), 'with results shown').toEqual([]);
    const input = page.locator('[data-search-query]');
    await input.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await expect.poll(focused).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe(hrefs[0]);
    await Promise.all([page.waitForURL(`**${hrefs[0]}`), page.keyboard.press('Enter')]);
  });

  test('an empty result offers help and ways to browse instead of a blank list', async ({ open }) => {
    const page = await open('/search/', PHONE);
    const { hrefs, status } = await searchOnPage(page, 'qwxzv');
    expect(hrefs).toEqual([]);
    expect(status).toBe('没有找到与“qwxzv”相关的内容。');
    await expect(page.getByText('拼音首字母').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '山姆' }).isVisible()).resolves.toBe(true);
  });

  test('without JavaScript the page says search needs it and links to the browse lists', async ({ open }) => {
    const page = await open(`/search/?q=${encodeURIComponent('山姆')}`, { ...PHONE, javaScriptEnabled: false });
    await expect(page.getByText('站内搜索需要启用 JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '重大项目' }).last().isVisible()).resolves.toBe(true);
  });
});
