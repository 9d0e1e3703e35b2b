// Long lists paginate (src/lib/pagination.ts) and long charts draw a summary (src/lib/chart-cap.ts): proved on a built
// copy of the project with a synthetic content set (scripts/synthetic-content.ts) of 250 projects, 550 targets and
// 150 units, which fill three, six and two pages, and give the target panels, the plan's rhythm (about 46 yearly
// targets) and a programme's targets chart more rows than the cap. Without JavaScript the numbered links reach every row
// exactly once, in both languages, and every link to a target lands on the page that holds its row; with JavaScript a
// filter on page 1 finds the rows of the later pages; no page passes #15's 300 KB of HTML. The real content fits on
// one page and under the cap, so the served dist/ cannot show any of this.
import fs from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist';
import { sizeFor, writeSyntheticContent } from '../../scripts/synthetic-content';
import { buildCopy, removeCopies, type CopyBuild } from '../site/build-copy';
import { axeViolations } from './axe';
import { labelOverlaps, labelSizes } from './chart-labels';
import { CHART_CAP } from '../../src/lib/chart-cap';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { DESKTOP, launch, PHONE } from './chromium';
import { test } from './fixtures';

const SIZE = { ...sizeFor(250), targets: 550, units: 150 };
let copy: CopyBuild;
let server: { url: string; stop: () => Promise<void> };
let browser: Browser;
const url = (p: string) => `${server.url}${p}`;
const data = (name: string) => JSON.parse(fs.readFileSync(path.join(copy.dist, 'data', `${name}.json`), 'utf8')) as { id: string }[];

beforeAll(async () => {
  copy = buildCopy((content) => writeSyntheticContent(content, SIZE));
  if (copy.status !== 0) throw new Error(`the synthetic build failed:\n${copy.output.slice(-3000)}`);
  // Served with the copy's own headers (its Content-Security-Policy included), as the main site is.
  server = await serveDist(4397, { dist: copy.dist });
  browser = await launch();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeCopies();
});

interface Crawl {
  /** Row ids of each page, in page order. */
  pages: string[][];
  /** Problems with the page navigation, in words. */
  problems: string[];
}

/** Follows a list's numbered links from page 1 without JavaScript, as a reader without scripts would. */
async function crawl(list: string, explorer: string, label: string): Promise<Crawl> {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const pages: string[][] = [];
  const hrefsOf = () => page.locator(`nav[aria-label="${label}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  try {
    await page.goto(url(list));
    const hrefs = await hrefsOf();
    if (!hrefs.length) problems.push(`${list} has no navigation labelled ${label}`);
    for (const href of hrefs) {
      await page.goto(url(href));
      pages.push(
        await page.locator(`#${explorer} [data-explorer-rows] > tr`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!)),
      );
      const current = await page
        .locator(`nav[aria-label="${label}"] a[aria-current="page"]`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (current.join() !== href) problems.push(`${href} marks ${current.join(', ') || 'no link'} as the current page`);
      const again = await hrefsOf();
      if (again.join() !== hrefs.join()) problems.push(`${href} links to other pages (${again.join(', ')}) than page 1`);
    }
  } finally {
    await context.close();
  }
  return { pages, problems };
}

it('a targets table on an entity page stops at PAGE_SIZE rows and links to the list that holds the rest', async () => {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // The programme's targets, all of them, from its chart's download.
    const all = (
      JSON.parse(fs.readFileSync(path.join(copy.dist, 'charts', 'programme-enterprises-targets.json'), 'utf8')) as { data: unknown[] }
    ).data.length;
    expect(all, 'the fixture gives the programme more targets than a page holds').toBeGreaterThan(PAGE_SIZE);
    await page.goto(url('/programmes/enterprises/'));
    const table = page.locator('#targets ~ .table-cards').first();
    expect(await table.locator('tbody tr').count()).toBe(PAGE_SIZE);
    const more = page.getByRole('link', { name: `表中列出前${PAGE_SIZE}项；其余${all - PAGE_SIZE}项见指标列表` });
    expect(await more.getAttribute('href')).toBe('/targets/?owner=enterprises');
  } finally {
    await context.close();
  }
});

describe.each([
  { lang: '', label: '分页' },
  { lang: '/en', label: 'Pages' },
])('lists at $lang/ without JavaScript', ({ lang, label }) => {
  it.each([
    { list: 'projects', explorer: 'projects-explorer', pageCount: 3 },
    { list: 'targets', explorer: 'targets-explorer', pageCount: 6 },
    { list: 'units', explorer: 'units-explorer', pageCount: 2 },
  ])('$list: the numbered links reach every row once, at most 100 to a page', async ({ list, explorer, pageCount }) => {
    const { pages, problems } = await crawl(`${lang}/${list}/`, explorer, label);
    expect(problems).toEqual([]);
    const expectedHrefs = [`${lang}/${list}/`, ...Array.from({ length: pageCount - 1 }, (_, i) => `${lang}/${list}/page/${i + 2}/`)];
    expect(pages).toHaveLength(expectedHrefs.length);
    expect(pages.every((rows) => rows.length > 0 && rows.length <= 100)).toBe(true);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      data(list)
        .map((r) => r.id)
        .sort(),
    );
  });
});

it('every link to a target, on every page, lands on the page that holds its row', () => {
  const files = fs.readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const seen = new Map<string, string>();
  const broken: string[] = [];
  for (const file of files) {
    const html = fs.readFileSync(path.join(copy.dist, file), 'utf8');
    for (const [, href, page, id] of html.matchAll(/href="((\/(?:en\/)?targets\/(?:page\/\d+\/)?)#([a-z0-9-]+))"/g)) {
      if (seen.has(href!)) continue;
      const target = path.join(copy.dist, page!, 'index.html');
      const ok = fs.existsSync(target) && fs.readFileSync(target, 'utf8').includes(`id="${id}"`);
      seen.set(href!, file);
      if (!ok) broken.push(`${href} (from ${file})`);
    }
  }
  // Links reach the second page too, or the check would prove nothing about pagination.
  expect([...seen.keys()].some((h) => h.includes('/targets/page/2/'))).toBe(true);
  expect(broken).toEqual([]);
});

it('with JavaScript, a filter on page 1 finds the rows of every page', async () => {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    await page.goto(url('/projects/'));
    const firstPage = await page.locator('[data-explorer-rows] > tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    await page.getByLabel('类别').selectOption({ value: 'culture-tourism' });
    const projects = JSON.parse(fs.readFileSync(path.join(copy.dist, 'data', 'projects.json'), 'utf8')) as {
      id: string;
      category?: string;
    }[];
    const expected = projects.filter((p) => p.category === 'culture-tourism').map((p) => p.id);
    // The later pages' rows arrive by fetch: wait until the table shows as many as the whole list has.
    await expect.poll(() => page.locator('[data-explorer-rows] > tr:visible').count(), { timeout: 30_000 }).toBe(expected.length);
    const shown = await page
      .locator('[data-explorer-rows] > tr:visible')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(shown.some((id) => !firstPage.includes(id))).toBe(true);
    // The state is in the URL: opening it on page 1 again shows the same rows, from every page.
    const again = await context.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.locator('[data-explorer-rows] > tr:visible').count(), { timeout: 30_000 }).toBe(expected.length);
  } finally {
    await context.close();
  }
});

it('probe: with the later pages unreachable, the same filter shows the rows of page 1 only, so the check above can fail', async () => {
  const context = await browser.newContext(DESKTOP);
  try {
    await context.route('**/projects/page/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url('/projects/'));
    const firstPage = await page.locator('[data-explorer-rows] > tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    await page.getByLabel('类别').selectOption({ value: 'culture-tourism' });
    await page.waitForTimeout(2000);
    const shown = await page
      .locator('[data-explorer-rows] > tr:visible')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    expect(shown.every((id) => firstPage.includes(id))).toBe(true);
  } finally {
    await context.close();
  }
});

it('a later page, and a page of summarised charts, pass axe on a desktop and on a 360 px phone, in both languages', async () => {
  for (const options of [DESKTOP, { ...PHONE, colorScheme: 'dark' as const }]) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      for (const address of ['/projects/page/2/', '/en/targets/page/2/', '/targets/', '/en/programmes/enterprises/', '/units/page/2/']) {
        await page.goto(url(address));
        expect(await axeViolations(page), address).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }
});

/** The row ids of the briefing pack the page's ZIP button downloads, in the pack's order. */
async function packIds(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /ZIP 简报包/ }).click()]);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  return csvParse(strFromU8(files['projects.csv']!).replace(/^\uFEFF/, '')).map((r) => r['id']!);
}

/** Page 2 of /projects/ in `context`, with the ids of the rows it holds itself. */
async function pageTwo(context: BrowserContext): Promise<{ page: Page; own: string[] }> {
  const page = await context.newPage();
  await page.goto(url('/projects/page/2/'));
  const own = await page.locator('[data-explorer-rows] > tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
  return { page, own };
}

const visibleIds = (page: Page) =>
  page.locator('[data-explorer-rows] > tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
const cultureTourism = () =>
  (data('projects') as { id: string; category?: string }[]).filter((p) => p.category === 'culture-tourism').map((p) => p.id);

// With the fixtures' test: the page is served with its policy, and a violation fails the test.
test('the briefing pack made on page 2 holds every row of the list, and with a filter every matching row of every page', async ({
  newContext,
}) => {
  const context = await newContext(DESKTOP);
  const { page, own } = await pageTwo(context);
  expect(own.length).toBe(100);
  const all = await packIds(page);
  expect([...all].sort()).toEqual(
    data('projects')
      .map((p) => p.id)
      .sort(),
  );
  await page.getByLabel('类别').selectOption({ value: 'culture-tourism' });
  const expected = cultureTourism();
  await expect.poll(() => page.locator('[data-explorer-rows] > tr:visible').count(), { timeout: 30_000 }).toBe(expected.length);
  const ids = await packIds(page);
  // The rows shown, in the order shown: from page 2 and from the others.
  expect(ids).toEqual(await visibleIds(page));
  expect([...ids].sort()).toEqual([...expected].sort());
  expect(ids.some((id) => own.includes(id)) && ids.some((id) => !own.includes(id))).toBe(true);
});

test('probe: when the other pages come back empty, the pack holds page 2’s rows only, so the check above can fail', async ({
  newContext,
}) => {
  const context = await newContext(DESKTOP);
  // Only the engine's fetches of the other pages: the page itself still loads.
  await context.route(/\/projects\/(page\/\d+\/)?$/, (route) =>
    route.request().resourceType() === 'fetch'
      ? route.fulfill({ body: '<!doctype html><title>empty</title>', contentType: 'text/html' })
      : route.continue(),
  );
  const { page, own } = await pageTwo(context);
  await page.getByLabel('类别').selectOption({ value: 'culture-tourism' });
  await page.waitForTimeout(1000);
  const ids = await packIds(page);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => own.includes(id))).toBe(true);
  expect(ids.length).toBeLessThan(cultureTourism().length);
});

it('no page of the copy is over 300 KB of HTML, in either language', () => {
  const files = fs.readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const sizes = files.map((f) => ({ f, kb: fs.statSync(path.join(copy.dist, f)).size / 1024 }));
  expect(sizes.filter(({ kb }) => kb > 300).map(({ f, kb }) => `${f}: ${kb.toFixed(0)} KB`)).toEqual([]);
  // The pages the summaries keep small, so the bound above is about them: without the cap /targets/ alone would be over.
  const kb = (f: string) => sizes.find((s) => s.f === f)!.kb;
  expect(kb('targets/index.html')).toBeGreaterThan(kb('targets/page/2/index.html'));
});

describe.each([
  {
    address: '/targets/',
    chart: 'targets-counts',
    rest: /^其余(\d+)项：见指标列表$/,
    said: (n: number, m: number) => `数值最大的${n}项，其余${m}项`,
  },
  {
    address: '/targets/',
    chart: 'targets-amounts',
    rest: /^其余(\d+)项：见指标列表$/,
    said: (n: number, m: number) => `数值最大的${n}项，其余${m}项`,
  },
  {
    address: '/',
    chart: 'plan-rhythm',
    rest: /^其余(\d+)项：见指标列表$/,
    said: (n: number, m: number) => `前面的${n}项每年目标，其余${m}项`,
  },
  {
    address: '/programmes/enterprises/',
    chart: 'programme-enterprises-targets',
    rest: /^其余(\d+)项：见指标列表$/,
    said: (n: number, m: number) => `共${n}项，其余${m}项`,
  },
  {
    address: '/en/targets/',
    chart: 'targets-counts',
    rest: /^(\d+) others: see the list of targets$/,
    said: (n: number, m: number) => `only the ${n} largest; the other ${m} are`,
  },
])('$address, chart $chart, without JavaScript', ({ address, chart, rest, said }) => {
  it('draws at most CHART_CAP rows and one for the rest; caption, drawing and table count what the download holds', async () => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url(address));
      const figure = page.locator(`#chart-${chart}`);
      // The chart's JSON download, as a reader gets it from the figure's link.
      const download = (await figure.locator('a[href$=".json"]').getAttribute('href'))!;
      const json = (await (await page.request.get(url(download))).json()) as { caption: string; data: unknown };
      // The rhythm's data holds its steps and the yearly targets; the others, one entry per target.
      const all = Array.isArray(json.data) ? json.data.length : (json.data as { yearly: unknown[] }).yearly.length;
      const marks = figure.locator('svg a');
      const labels = await marks.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')!));
      const restLabel = labels.at(-1)!;
      const left = Number(restLabel.match(rest)?.[1]);
      const drawn = chart === 'plan-rhythm' ? labels.length - 1 - 5 : labels.length - 1;
      expect(drawn).toBe(CHART_CAP);
      expect(drawn + left).toBe(all);
      const caption = await figure.locator('figcaption p').innerText();
      expect(caption).toContain(said(CHART_CAP, left));
      // The download (in Chinese, whichever page links it) holds every row, and its caption says so: nothing of the
      // page's summary.
      expect(json.caption).not.toContain('其余');
      if (!address.startsWith('/en/')) expect(caption.startsWith(json.caption)).toBe(true);
      // The table shows the same summary: its last row is the rest, linked to the list, which PageNav pages through.
      const cells = figure.locator('table tbody tr th');
      expect(await cells.count()).toBe(labels.length);
      const lastLink = cells.last().locator('a');
      // The table sits in a closed disclosure: its text, not what is painted.
      expect(await lastLink.textContent()).toBe(restLabel);
      const href = (await lastLink.getAttribute('href'))!;
      expect(href).toMatch(/\/(targets|units)\/(\?|$)/);
      await page.goto(url(href));
      expect(await page.locator('nav[data-page-nav] a').count()).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });
});

it("the summaries' rest rows read like every other label: 11 px or more on a phone, overlapping nothing", async () => {
  for (const options of [PHONE, DESKTOP]) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      for (const address of ['/targets/', '/', '/en/programmes/enterprises/']) {
        await page.goto(url(address));
        const sizes = await labelSizes(page);
        expect(
          sizes.some((s) => /^(其余\d+项|\d+ others)/.test(s.label ?? '')),
          address,
        ).toBe(true);
        expect(
          sizes.filter((s) => s.px < 11).map((s) => `${s.chart} “${s.label}”`),
          address,
        ).toEqual([]);
        expect(await labelOverlaps(page), address).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }
});
