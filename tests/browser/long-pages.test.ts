// Long pages as a resident reads them on a phone and on a desktop: a contents list whose links reach their sections,
// a way back up at the end of the sections, "引用" only on the plan's clauses, the home page's project link landing
// on the filters, the filters folded into one 筛选 disclosure on a phone, and quiet citations still read as 出处.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n';
import { readPlanText } from '../../src/lib/content-files';
import { clauseIds, parsePlan, planBlocks } from '../../src/lib/plan-text';
import { baseUrl, DESKTOP, inLargeText, PHONE } from './chromium';
import { test as base } from './fixtures';

const SETTINGS = [
  ['360 px', PHONE, false],
  ['360 px, large text', PHONE, true],
  ['desktop', DESKTOP, false],
] as const;

/** `view(path, options, large)`: the page in a context of its own, in the large-text mode when asked. */
const test = base.extend('view', async ({ newContext }) => {
  return async (path: string, options: BrowserContextOptions, large = false): Promise<Page> => {
    const context = await newContext({ ...options, colorScheme: 'light' });
    if (large) await inLargeText(context);
    const page = await context.newPage();
    const response = await page.goto(baseUrl() + path);
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    return page;
  };
});

/** Whether the element's top edge lies within the viewport. */
const topInView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return top >= -1 && top < window.innerHeight;
    });

const contents = (page: Page) => page.getByRole('navigation', { name: t('toc.label') });

const LONG_PAGES = [
  '/plan/',
  '/targets/',
  '/projects/',
  '/units/',
  '/questions/',
  '/data/',
  '/industries/modern-commerce/',
  '/programmes/alliance/',
];

describe.for(SETTINGS)('long pages (%s)', ([, options, large]) => {
  test.for(LONG_PAGES)('%s: every contents link reaches its section, and the last section leads back up', async (path, { view }) => {
    const page = await view(path, options, large);
    const links = contents(page).getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const [i, href] of hrefs.entries()) {
      expect(href, 'a link to a section of this page').toMatch(/^#./);
      await links.nth(i).click();
      const id = decodeURIComponent(href.slice(1));
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(id);
      await expect(topInView(page, `[id="${id}"]`), `${id} is on screen after following its link`).resolves.toBe(true);
    }
    // Back up from the end: the last section's link brings the contents list back on screen.
    const back = page.getByRole('link', { name: t('toc.backToTop') });
    expect(await back.count()).toBeGreaterThanOrEqual(Math.min(2, hrefs.length));
    await back.last().scrollIntoViewIfNeeded();
    await expect(topInView(page, '#contents')).resolves.toBe(false);
    await back.last().click();
    await expect.poll(() => topInView(page, '#contents')).toBe(true);
  });
});

describe('the official text cites clauses only', () => {
  const tree = parsePlan(readPlanText());
  const clauses = clauseIds(tree);
  const notice = (n: number) => tree.notice[n - 1]!.id;

  test.for(SETTINGS)(
    'one 引用 per clause, none on the notice’s signature, date or title lines (%s)',
    async ([, options, large], { view }) => {
      const page = await view('/plan/', options, large);
      const cites = page.locator('details.cite-this > summary', { hasText: t('citeThis.summaryCompact') });
      const paragraphs = planBlocks(tree).filter((b) => b.kind === 'paragraph').length;
      await expect(cites.count()).resolves.toBe(paragraphs + 1);
      await expect(page.locator('section[aria-labelledby="notice"] details.cite-this').count(), 'the notice: its one clause').resolves.toBe(
        1,
      );
      // The clause is the body (通知¶7); the signature (¶8) and the date (¶9) carry none.
      expect(clauses.has(notice(7))).toBe(true);
      await expect(page.locator(`[id="${notice(7)}"] + div details.cite-this`).count()).resolves.toBe(1);
      for (const n of [1, 2, 8, 9, 10]) await expect(page.locator(`[id="${notice(n)}"] + div details.cite-this`).count()).resolves.toBe(0);
      // Every paragraph keeps its anchor.
      const ids = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id));
      for (const b of planBlocks(tree)) expect(ids).toContain(b.id);
    },
  );
});

describe.for(SETTINGS)('the home page’s project list link (%s)', ([, options, large]) => {
  test('lands on the explorer’s filters', async ({ view }) => {
    const page = await view('/', options, large);
    await page.getByRole('link', { name: t('home.projectTable') }).click();
    await page.waitForURL(/\/projects\//);
    await expect.poll(() => topInView(page, '[data-explorer-controls]')).toBe(true);
  });
});

describe('the filters fold into one 筛选 disclosure on a phone', () => {
  const summary = (page: Page) => page.locator('details[data-filter-disclosure] > summary');
  const isOpen = (page: Page) => page.locator('details[data-filter-disclosure]').evaluate((d: HTMLDetailsElement) => d.open);

  test.for([
    ['/projects/?category=culture-tourism', '#projects-explorer-category', '文旅融合型重大项目', '#projects-explorer-industry'],
    ['/search/?industry=' + encodeURIComponent('文化旅游'), 'select[name=industry]', '文化旅游', 'select[name=unit]'],
  ] as const)(
    '%s: closed at 360 px with a summary naming what is chosen, open on a desktop',
    async ([path, select, chosen, other], { view }) => {
      for (const large of [false, true]) {
        const page = await view(path, PHONE, large);
        await expect.poll(() => summary(page).textContent()).toContain(chosen);
        expect(await summary(page).textContent()).toContain(t('filters.summary'));
        await expect(isOpen(page)).resolves.toBe(false);
        await expect(page.locator(select).isVisible()).resolves.toBe(false);
        // Opened, it shows the filters; a change shows in the summary at once.
        await summary(page).click();
        await expect(page.locator(select).isVisible()).resolves.toBe(true);
        const otherSelect = page.locator(other);
        const second = await otherSelect.locator('option').nth(1).textContent();
        await otherSelect.selectOption({ index: 1 });
        await expect.poll(() => summary(page).textContent()).toContain(second!.trim());
        expect(await summary(page).textContent()).toContain('2');
      }
      // On a desktop the same filters stand open as a plain area, without the summary.
      const page = await view(path, DESKTOP);
      await expect.poll(() => page.locator(select).isVisible()).toBe(true);
      await expect(summary(page).isVisible()).resolves.toBe(false);
    },
  );
});

describe.for(SETTINGS)('quiet citations (%s)', ([, options, large]) => {
  test('after a sentence: smaller than the text, set apart, still links named 出处', async ({ view }) => {
    const page = await view('/industries/modern-commerce/', options, large);
    const cites = page.locator('[data-explanation] p > [data-cite="note"]');
    const n = await cites.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) {
      const cite = cites.nth(i);
      const [own, sentence, after] = await cite.evaluate((el) => [
        parseFloat(getComputedStyle(el).fontSize),
        parseFloat(getComputedStyle(el.parentElement!).fontSize),
        parseFloat(getComputedStyle(el).marginRight),
      ]);
      expect(own, 'smaller than the sentence').toBeLessThan(sentence! * 0.85);
      expect(after, 'room before the next sentence').toBeGreaterThanOrEqual(own! * 0.5);
      const links = cite.getByRole('link');
      expect(await links.count()).toBeGreaterThan(0);
      for (const name of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(name).toMatch(/^\/plan\/#/);
      const named = await cite.getByRole('link', { name: new RegExp(`^${t('cite.label')}`) }).count();
      expect(named, 'every link read as 出处').toBe(await links.count());
    }
    // Every citation's links, after a sentence or inside one, take the citation's muted colour, not the link colour
    // of the sentence's own links.
    const colours = await page
      .locator('[data-explanation] [data-cite] a')
      .evaluateAll((as) =>
        as.map((a) => [
          getComputedStyle(a).color,
          getComputedStyle(a.closest('[data-cite]')!).color,
          getComputedStyle(a.closest('p')!).color,
        ]),
      );
    // A clause label (三（三）¶3) never breaks across lines.
    const lines = await page
      .locator('[data-explanation] [data-cite] a')
      .evaluateAll((as) =>
        as.map((a) => new Set([...a.getClientRects()].filter((r) => r.width > 1 && r.height > 1).map((r) => Math.round(r.top))).size),
      );
    expect(Math.max(...lines), 'a clause label on one line').toBe(1);
    expect(colours.length).toBeGreaterThan(n);
    for (const [link, cite, text] of colours) {
      expect(link, 'a citation link is muted').toBe(cite);
      expect(cite, 'muted, not the body colour').not.toBe(text);
    }
  });
});
