// The search interface as people use it: the header box with suggestions, the /search/ page with filters in
// the URL, keyboard use, the live announcement, and what happens without JavaScript.
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { searchOnPage } from '../../scripts/search-driver';
import { axeViolations } from './axe';
import { baseUrl, DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const isSearchAsset = (url: string) => /\/pagefind\/|\/search\/suggest\/|search-engine/.test(url);
const suggestionFile = (url: string) => /\/search\/suggest\/([^/]+)\.json$/.exec(url)?.[1];

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
    // The first character loads the list's shape and that character's answer only, not the whole list (#15).
    await box.pressSequentially('山');
    const option = page.getByRole('option', { name: /山姆超市/ });
    await option.waitFor();
    expect(requested.map(suggestionFile).filter(Boolean)).toEqual(['index', expect.stringMatching(/^one-\d+$/)]);
    await box.pressSequentially('姆');
    await expect.poll(() => requested.map(suggestionFile).some((f) => f?.startsWith('entries-'))).toBe(true);
    await option.waitFor();
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

/** Search's own code and data: the header box's and the search page's modules, the engine, its preload helper, the index. */
const isSearchCode = (url: string) => isSearchAsset(url) || /\/_astro\/(site-search|search-page|preload-helper)\./.test(url);

/**
 * Opens `path` in a fresh profile and returns what of search it fetched until the network was quiet, with no reader
 * input. `slow` holds back the search modules for that long once asked for, so what the reader does meanwhile happens
 * before they arrive. `early` runs in the page when its DOM is ready, before anything else (the probe's eager loader).
 */
async function freshLoad(
  newContext: (o: BrowserContextOptions) => Promise<BrowserContext>,
  path: string,
  options: { slow?: number; early?: () => void } = {},
) {
  const page = await (await newContext(DESKTOP)).newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  if (options.slow) {
    await page.route(/\/_astro\/(site-search|search-page)\./, async (route) => {
      await new Promise((done) => setTimeout(done, options.slow));
      await route.continue();
    });
  }
  if (options.early) await page.addInitScript(`addEventListener('DOMContentLoaded', ${options.early.toString()})`);
  await page.goto(baseUrl() + path);
  await page.waitForLoadState('networkidle');
  return { page, requested, before: requested.filter(isSearchCode) };
}

describe('search loads on first use (#15)', () => {
  test('a page only read fetches no search code; a click and immediate typing still get suggestions', async ({ newContext }) => {
    const { page, requested, before } = await freshLoad(newContext, '/units/towns-streets/', { slow: 400 });
    expect(before).toEqual([]);
    // Not even the stub: it is written into the page, so the page fetches no script file at all.
    expect(requested.filter((u) => u.endsWith('.js'))).toEqual([]);
    const box = page.getByRole('combobox', { name: '搜索本站' });
    await box.click();
    await box.pressSequentially('山姆', { delay: 20 }); // typed while the module is still on its way
    expect(await box.inputValue()).toBe('山姆');
    await page.getByRole('option', { name: /山姆超市/ }).waitFor();
    expect(requested.some((u) => /\/_astro\/site-search\./.test(u))).toBe(true);
  });

  test('"/" focuses the box on a fresh page, and what is typed straight after it gets suggestions', async ({ newContext }) => {
    const { page, before } = await freshLoad(newContext, '/', { slow: 400 });
    expect(before).toEqual([]);
    const box = page.getByRole('combobox', { name: '搜索本站' });
    await page.keyboard.press('/');
    await page.keyboard.type('lxgl');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('lxgl'); // the "/" itself is not typed into the box
    await page.getByRole('option', { name: /鲁迅故里步行街/ }).waitFor();

    // In a text field "/" is a character, not the shortcut.
    const other = (await freshLoad(newContext, '/search/')).page.locator('[data-search-query]');
    await other.focus();
    await other.pressSequentially('a/b');
    expect(await other.inputValue()).toBe('a/b');
    expect(await other.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('/search/ without a query fetches nothing of search; a query typed and sent before the module arrives is searched', async ({
    newContext,
  }) => {
    const { page, before } = await freshLoad(newContext, '/search/', { slow: 400 });
    expect(before).toEqual([]);
    await expect(page.getByText('站内搜索需要启用 JavaScript').isVisible()).resolves.toBe(false);
    const input = page.locator('[data-search-query]');
    await input.fill('链长制');
    await input.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '链长制');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
    await expect(page.locator('a[data-result]').first().getAttribute('href')).resolves.toBe('/glossary/#chain-leader');
  });

  test('/search/?q= runs the search at once, without any interaction', async ({ newContext }) => {
    const { page, before } = await freshLoad(newContext, `/search/?q=${encodeURIComponent('链长制')}`);
    expect(before.some((u) => /\/_astro\/search-page\./.test(u))).toBe(true);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
  });

  test(
    'probe: a page that loads search as soon as it is read fails the check (expected to fail)',
    { fails: true },
    async ({ newContext }) => {
      // An eager loader, as the header box had before (#15): it reaches for the box the moment the page is parsed.
      const { before } = await freshLoad(newContext, '/', {
        early: () => document.querySelector('input[type=search]')?.dispatchEvent(new Event('focus')),
      });
      expect(before).toEqual([]);
    },
  );
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
    expect(text).toMatch(/^找到 \d+ 条与“鉴水科技城”相关的结果。$/);
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

/** The results shown: each entry's link, its "same page" count, and the excerpts' text and marks. */
const shown = (page: Page) =>
  page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      href: li.querySelector('a[data-result]')!.getAttribute('href')!,
      more: Number(/\d+/.exec(li.querySelector('p.text-xs')?.textContent ?? '')?.[0] ?? 0),
      text: li.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
const statusCount = (status: string) => Number(/找到 (\d+) 条/.exec(status)?.[1]);

describe.for([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('results at %s', ([, device]) => {
  test('鉴水科技城: the true count, every result reachable page by page, one entry per page, whole-word marks', async ({ open }) => {
    const page = await open('/search/', device);
    const { status } = await searchOnPage(page, '鉴水科技城');
    const total = statusCount(status);
    expect(total).toBeGreaterThanOrEqual(41);
    const more = page.getByRole('button', { name: '显示更多结果' });
    expect((await shown(page)).length).toBeLessThan(total);
    let clicks = 0;
    while (await more.isVisible()) {
      const before = (await shown(page)).length;
      await more.click();
      clicks++;
      await expect.poll(async () => (await shown(page)).length).toBeGreaterThan(before);
      await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe(String(clicks + 1));
    }
    expect(clicks).toBeGreaterThanOrEqual(3);
    const entries = await shown(page);
    const pagesOf = entries.map((e) => e.href.split('#')[0]);
    expect(new Set(pagesOf).size, 'one entry per page').toBe(pagesOf.length);
    // Every match Pagefind counted is shown: as an entry, or counted beneath the entry of its page.
    expect(entries.length + entries.reduce((n, e) => n + e.more, 0)).toBe(total);
    const marks = entries.flatMap((e) => e.marks);
    expect(marks).toContain('鉴水科技城');
    expect(
      marks.filter((m) => ['鉴', '水科', '技', '城', '鉴水科'].includes(m)),
      'no mark splits the name',
    ).toEqual([]);
    // The page in the URL comes back on reload.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'));
    await expect.poll(async () => (await shown(page)).length).toBe(entries.length);
    expect(await axeViolations(page), 'with every result shown').toEqual([]);
  });

  test('everyday words find the plan’s wording, not single characters of them', async ({ open }) => {
    const page = await open('/search/', device);
    const { hrefs } = await searchOnPage(page, '老年人');
    expect(hrefs.slice(0, 3)).toEqual(expect.arrayContaining(['/projects/jinghu-care-complex/', '/projects/xicheng-plaza-care/']));
    const text = (await shown(page)).map((e) => e.text).join();
    expect(text).not.toContain('老字号');
    const { hrefs: units } = await searchOnPage(page, '经济和信息化局');
    expect(units[0]).toBe('/units/economy-it-bureau/');
  });

  test('a query the plan matches only loosely says so and offers the nearest terms', async ({ open }) => {
    const page = await open('/search/', device);
    const { hrefs, status } = await searchOnPage(page, '康复');
    expect(hrefs).toEqual([]);
    expect(status).toBe('方案里没有直接提到“康复”：只有个别单字相同，不列出这些结果。');
    const nearest = page.locator('[data-search-nearest] a');
    await expect(nearest.allTextContents()).resolves.toContain('康养');
    await expect(nearest.first().isVisible()).resolves.toBe(true);
    expect(await axeViolations(page), 'with nearest terms shown').toEqual([]);
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') !== '康复'), nearest.first().click()]);
  });

  test('no excerpt shows page furniture (citations, controls, contents lists)', async ({ open }) => {
    const page = await open('/search/', device);
    for (const q of ['鉴水科技城', '山姆超市', '区商务局', '科技金融', '1000亿', '养老']) {
      await searchOnPage(page, q);
      for (const e of await shown(page)) expect(e.text, `${q} → ${e.href}`).not.toMatch(/出处|展开.*全文|引用本|本页目录/);
    }
  });
});

describe('the header box’s placeholder', () => {
  test('names the / key only where a keyboard is likely', async ({ open }) => {
    const box = (page: Page) => page.getByRole('combobox', { name: '搜索本站' });
    const phone = await open('/', PHONE);
    await expect.poll(() => box(phone).getAttribute('placeholder')).toBe('搜索');
    const desktop = await open('/', DESKTOP);
    await expect.poll(() => box(desktop).getAttribute('placeholder')).toBe('搜索（按 / 键）');
  });
});
