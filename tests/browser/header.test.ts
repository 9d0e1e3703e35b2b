// The header on a phone: compact when closed (name, search, 菜单), every section one tap or a few keys away
// in the open menu, accessible open and closed; wide screens keep the full bar without a menu button.
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { sectionGroups } from '../../src/components/header/sections';
import { t } from '../../src/i18n';
import { axeViolations, withAxe } from './axe';
import { baseUrl, DESKTOP, inLargeText, menuButton, openMenu, PHONE } from './chromium';
import { test as base } from './fixtures';

const sections = sectionGroups.flatMap((g) => g.links.map(([key, href]) => ({ name: t(key), href })));

/** `phone(options)`: the home page at 360 px, light unless told otherwise, with axe ready; closed after the test. */
const test = base.extend('phone', async ({ newContext }) => {
  return async (options: BrowserContextOptions & { large?: boolean } = {}): Promise<Page> => {
    const { large, ...rest } = options;
    const context = await withAxe(await newContext({ ...PHONE, colorScheme: 'light', ...rest }));
    if (large) await inLargeText(context);
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    return page;
  };
});

const headerHeight = (page: Page) => page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** What a screen reader is told about the menu button (Chromium's accessibility tree): its role and expanded state. */
async function menuForScreenReaders(page: Page): Promise<{ role: string; expanded: unknown; focusable: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const node = nodes.find((n) => n.name?.value === '菜单' && n.role?.value !== 'StaticText');
  if (!node) throw new Error('the menu button is not in the accessibility tree');
  const prop = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  return { role: node.role!.value, expanded: prop('expanded'), focusable: prop('focusable') };
}

describe('at 360 px', () => {
  test.for([
    ['light', {}],
    ['large text', { large: true }],
    ['without JavaScript', { javaScriptEnabled: false }],
  ] as const)(
    'the closed header is at most 120 px tall and shows name, search and the menu button (%s)',
    async ([setting, options], { phone }) => {
      const page = await phone(options);
      if ('large' in options) await expect(page.evaluate(() => document.documentElement.dataset['reading'])).resolves.toBe('large');
      const height = await headerHeight(page);
      console.log(`header at 360 px, closed, ${setting}: ${height} px`);
      expect(height).toBeLessThanOrEqual(120);
      await expect(
        page
          .getByRole('link', { name: t('site.name') })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await expect(page.getByRole('combobox', { name: '搜索本站' }).isVisible()).resolves.toBe(true);
      await expect(menuButton(page).isVisible()).resolves.toBe(true);
      await expect(nav(page).count(), 'sections hidden until the menu opens').resolves.toBe(0);
      // Opening it shows every section, JavaScript or not.
      await menuButton(page).click();
      for (const s of sections)
        await expect.poll(() => nav(page).getByRole('link', { name: s.name, exact: true }).isVisible(), { message: s.name }).toBe(true);
    },
  );

  test('the menu button tells screen readers whether it is open', async ({ phone }) => {
    const page = await phone();
    await expect(menuForScreenReaders(page)).resolves.toEqual({ role: 'DisclosureTriangle', expanded: false, focusable: true });
    await menuButton(page).click();
    await expect.poll(() => menuForScreenReaders(page)).toEqual({ role: 'DisclosureTriangle', expanded: true, focusable: true });
  });

  /**
   * Presses Tab until `target` has the focus, at most `max` times. Focus has moved by the time press() returns,
   * so each check reads the settled state: a walk with a limit, not a wait.
   */
  async function tabTo(page: Page, target: Locator, max: number): Promise<void> {
    const focused = () => target.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < max && !(await focused()); i++) await page.keyboard.press('Tab');
  }

  /** Tab from the search box to the menu button (search, 搜索, then the menu: no fixed count), then Enter. */
  async function openByKeyboard(page: Page): Promise<void> {
    await page.getByRole('combobox', { name: '搜索本站' }).focus();
    await tabTo(page, menuButton(page), 5);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(/菜单$/);
    await page.keyboard.press('Enter');
  }

  test('Tab and Enter open the menu, and Tab then walks the sections in their groups, then the reading-mode switch', async ({ phone }) => {
    const page = await phone();
    await openByKeyboard(page);
    const reached: string[] = [];
    for (let i = 0; i <= sections.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.textContent?.trim() ?? ''),
      );
    }
    expect(reached).toEqual([...sections.map((s) => s.href), t('reading.large')]);
    // The groups are named lists, so a screen reader says which group a link belongs to.
    for (const group of sectionGroups) {
      const list = nav(page).getByRole('list', { name: t(group.label), exact: true });
      await expect(list.getByRole('link').allTextContents()).resolves.toEqual(group.links.map(([key]) => t(key)));
    }
  });

  test.for(sections)('$name is reached from the menu by keyboard', async ({ name, href }, { phone }) => {
    const page = await phone();
    await openByKeyboard(page);
    await tabTo(page, nav(page).locator(`a[href="${href}"]`), sections.length);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    // On that page the menu marks it as the current section.
    await openMenu(page);
    await expect(nav(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
  });

  test.for([
    ['light', {}],
    ['dark', { colorScheme: 'dark' }],
    ['large text', { large: true }],
  ] as const)(
    'axe finds nothing with the menu closed and open, and nothing is wider than the screen (%s)',
    async ([setting, options], { phone }) => {
      const page = await phone(options);
      for (const state of ['closed', 'open']) {
        if (state === 'open') await openMenu(page);
        await expect.poll(() => menuForScreenReaders(page).then((m) => m.expanded)).toBe(state === 'open');
        expect(await axeViolations(page), `${setting}, menu ${state}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `wider than 360 px with the menu ${state} (${setting})`).toBeLessThanOrEqual(0);
      }
    },
  );

  test('the reading-mode switch in the menu and the one in the wide bar show the same state', async ({ phone }) => {
    const page = await phone();
    await openMenu(page);
    await page.getByRole('button', { name: t('reading.large') }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['reading'])).toBe('large');
    await page.setViewportSize(DESKTOP.viewport);
    const toggle = page.getByRole('button', { name: t('reading.large') });
    await expect.poll(() => toggle.count()).toBe(1);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  });
});

test('a wide screen shows the full bar, with every section and no menu button', async ({ open }) => {
  const page = await open('/', DESKTOP);
  await expect(menuButton(page).isVisible()).resolves.toBe(false);
  await expect(nav(page).count()).resolves.toBe(1);
  const links = nav(page).getByRole('link');
  await expect(links.allTextContents()).resolves.toEqual(sections.map((s) => s.name));
  for (const s of sections)
    await expect(nav(page).getByRole('link', { name: s.name, exact: true }).isVisible(), s.name).resolves.toBe(true);
  await expect(page.getByRole('button', { name: t('reading.large') }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('combobox', { name: '搜索本站' }).isVisible()).resolves.toBe(true);
  // One line of sections below name, search and switch, as before.
  await expect(headerHeight(page)).resolves.toBeLessThanOrEqual(100);
});
