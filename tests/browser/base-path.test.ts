// The site built for /portal/ (tests/site/build-copy.ts, portalVariant), served only under /portal/ as a host would
// serve it inside an existing domain: pages load their styles and scripts, search finds and suggests, the explorer
// filters and packs, and the language switch stays under /portal/, with no request failing on the way.
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveDist } from '../../scripts/serve-dist';
import { PORTAL, portalVariant } from '../site/build-copy';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const { base } = PORTAL;
let origin = '';
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  const { dist } = portalVariant();
  const server = await serveDist(4396, { dist, base });
  origin = server.url;
  stop = server.stop;
}, 300_000);
afterAll(() => stop?.());

/** A page of the variant, with every failed request (no response, or 400 and above) collected in `failed`. */
async function openAt(page: Page, address: string): Promise<{ page: Page; failed: string[] }> {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  const response = await page.goto(origin + address);
  if (!response?.ok()) throw new Error(`${address}: HTTP ${response?.status()}`);
  return { page, failed };
}
const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

test('the server answers only under /portal/: the same page at the root is not found', async ({ newContext }) => {
  const page = await (await newContext()).newPage();
  await expect(page.goto(`${origin}/plan/`).then((r) => r?.status())).resolves.toBe(404);
  await expect(page.goto(`${origin}${base}plan/`).then((r) => r?.status())).resolves.toBe(200);
});

for (const address of [base, `${base}en/projects/`]) {
  test(`${address} loads its stylesheet and scripts, and no request fails`, async ({ newContext }) => {
    const { page, failed } = await openAt(await (await newContext(DESKTOP)).newPage(), address);
    await page.waitForLoadState('networkidle');
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => ({ href: s.href, rules: s.cssRules.length })));
    expect(sheets.filter((s) => s.href?.startsWith(`${origin}${base}_astro/`) && s.rules > 0).length).toBeGreaterThan(0);
    // The site's CSS applies (the header's search form is laid out as a flex row), and its scripts ran.
    await expect(page.locator('site-search form').evaluate((f) => getComputedStyle(f).display)).resolves.toBe('flex');
    await expect(page.evaluate(() => customElements.get('site-search') !== undefined)).resolves.toBe(true);
    // Script files: those the page names, and the header box's behaviour, fetched when the reader reaches for the
    // box (#15) from the address its stub was built with; all under the base.
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.locator('site-search input').focus();
    await expect.poll(() => scripts.some((s) => s.includes('/_astro/site-search.'))).toBe(true);
    expect(scripts.filter((s) => !s.startsWith(`${origin}${base}`))).toEqual([]);
    expect(failed).toEqual([]);
  });
}

test('search on /portal/search/ finds results that lead under /portal/, and opening one works', async ({ newContext }) => {
  const { page, failed } = await openAt(await (await newContext(DESKTOP)).newPage(), `${base}search/?q=${encodeURIComponent('链长制')}`);
  await page
    .waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'), null, { timeout: 20_000 })
    .catch((e: unknown) => {
      throw new Error(`no results: ${failed.join('; ') || String(e)}`);
    });
  const hrefs = await page.locator('a[data-result]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  // Under the base once: Pagefind adds it to the paths it keeps (src/integrations/search-index.ts).
  expect(hrefs.filter((h) => !h.startsWith(base) || h.startsWith(`${base}${base.slice(1)}`))).toEqual([]);
  expect(hrefs[0]).toBe(`${base}glossary/#chain-leader`);
  // Results of a whole page and of a clause (a custom record of the index) both carry the base once.
  expect(hrefs.some((h) => h.startsWith(`${base}plan/#`))).toBe(true);
  await Promise.all([page.waitForURL(`**${base}glossary/#chain-leader`), page.locator('a[data-result]').first().click()]);
  expect(failed).toEqual([]);
});

test('instant suggestions in the header box come from /portal/ and open the page under /portal/', async ({ newContext }) => {
  const { page, failed } = await openAt(await (await newContext(PHONE)).newPage(), `${base}industries/modern-commerce/`);
  const box = page.getByRole('combobox', { name: '搜索本站' });
  await box.pressSequentially('山姆');
  const option = page.getByRole('option', { name: /山姆超市/ });
  await option.waitFor();
  await box.press('ArrowDown');
  await Promise.all([page.waitForURL(`**${base}projects/sams-club/`), box.press('Enter')]);
  expect(pathOf(page)).toBe(`${base}projects/sams-club/`);
  expect(failed).toEqual([]);
});

test('the explorer filters with the state in the URL under /portal/, and the briefing pack downloads', async ({ newContext }) => {
  const { page, failed } = await openAt(await (await newContext({ ...DESKTOP, acceptDownloads: true })).newPage(), `${base}projects/`);
  await page.getByLabel('类别').selectOption({ label: '文旅融合型重大项目' });
  await expect.poll(() => pathOf(page)).toBe(`${base}projects/?category=culture-tourism`);
  const shown = await page.locator('[data-explorer-rows] > tr:visible').count();
  expect(shown).toBeLessThan(await page.locator('[data-explorer-rows] > tr').count());
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /ZIP 简报包/ }).click()]);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  const rows = csvParse(strFromU8(files['projects.csv']!).replace(/^\uFEFF/, ''));
  expect(rows.length).toBe(shown);
  // The clauses' addresses (出处网址) point into the portal.
  const addresses = rows.flatMap((r) => r['出处网址']!.split(/[；\s]+/).filter(Boolean));
  expect(addresses.length).toBeGreaterThanOrEqual(shown);
  expect(addresses.filter((a) => !a.startsWith(`${origin}${base}plan/#`))).toEqual([]);
  expect(strFromU8(files['README.txt']!)).toContain(`${base}projects/?category=culture-tourism`);
  expect(failed).toEqual([]);
});

test('the language switch leads to /portal/en/… and back, the section kept', async ({ newContext }) => {
  const { page, failed } = await openAt(await (await newContext(DESKTOP)).newPage(), `${base}plan/#s2`);
  await Promise.all([page.waitForURL(`**${base}en/plan/#s2`), page.locator('[data-language-switch]').first().click()]);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  // The English page's own links stay in the English edition under /portal/.
  const nav = await page.locator('header a[href]:not([hreflang])').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(nav.length).toBeGreaterThan(5);
  expect(nav.filter((h) => !h.startsWith('#') && !h.startsWith(`${base}en/`))).toEqual([]);
  await Promise.all([page.waitForURL(`**${base}plan/#s2`), page.locator('[data-language-switch]').first().click()]);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  expect(failed).toEqual([]);
});
