// The explorer tables as a journalist uses them: the full table without JavaScript; with it, filters and
// sorting whose state is in the URL, and the rows shown downloaded as a briefing pack.
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { axeViolations } from './axe';
import { baseUrl, DESKTOP, PHONE, visit } from './chromium';
import { test } from './fixtures';

const site = buildSite(loadContent().collections);
const rows = (page: Page) => page.locator('[data-explorer-rows] > tr');
const shownIds = (page: Page) =>
  page.locator('[data-explorer-rows] > tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['id']));
const shownNames = (page: Page) => page.locator('[data-explorer-rows] > tr:visible > th').allTextContents();
const query = (page: Page) => new URL(page.url()).searchParams;
// A URL with a selection is applied once the explorer's engine has loaded (src/scripts/explorer-table.ts), a moment
// after the page: checks on such a page wait for it, as a reader would.
/** On a phone the filters sit in the closed 筛选 disclosure: open it, as a reader taps it. On a desktop it stands open. */
async function openFilters(page: Page): Promise<void> {
  const summary = page.locator('details[data-filter-disclosure] > summary');
  if (await summary.isVisible()) await summary.click();
}

test('without JavaScript /projects/ lists every project, with no dead filter controls', async ({ open }) => {
  const page = await open('/projects/', { ...PHONE, javaScriptEnabled: false });
  await expect(shownIds(page)).resolves.toEqual(site.projects.map((p) => p.id));
  await expect(page.getByLabel('类别').isVisible()).resolves.toBe(false);
  await expect(page.getByText('下表列出全部条目').isVisible()).resolves.toBe(true);
  // Every column a journalist asked for is there.
  const heads = await page.locator('#projects-explorer thead th').allTextContents();
  expect(heads).toEqual(['项目', '类别', '相关行业', '平台', '责任单位（按所在条款）', '出处']);
});

test('a page only read does no work on its rows: without a selection the table stays as sent and the engine is not fetched', async ({
  newContext,
}) => {
  // Counts what the explorer does to its rows: a row hidden or shown, or moved (a move removes it first). The parser's
  // own insertions remove nothing, so they do not count.
  const watch = async (path: string) => {
    const context = await newContext(PHONE);
    await context.addInitScript(() => {
      const w = window as unknown as { rowChanges: number };
      w.rowChanges = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          const inRows = (r.target as Element).closest?.('[data-explorer-rows]');
          if (inRows && ((r.type === 'attributes' && r.attributeName === 'hidden') || r.removedNodes.length)) w.rowChanges++;
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    await visit(page, path);
    await page.waitForLoadState('networkidle');
    const changes = await page.evaluate(() => (window as unknown as { rowChanges: number }).rowChanges);
    return { page, changes, engine: scripts.some((u) => u.includes('explorer-engine')) };
  };
  const plain = await watch('/targets/');
  expect(plain.changes, 'rows changed on load').toBe(0);
  expect(plain.engine, 'engine fetched on load').toBe(false);
  await expect(plain.page.locator('[data-explorer-status]').textContent()).resolves.toBe(`显示全部${site.targets.length}项目标。`);
  await expect(plain.page.getByRole('button', { name: '期限', exact: true }).isVisible()).resolves.toBe(true);
  // The same page with a selection in the URL: the engine loads at once and hides rows, so the counts above can fail.
  const chosen = await watch('/targets/?timing=yearly');
  await expect
    .poll(() => chosen.page.locator('[data-explorer-rows] > tr:visible').count())
    .toBe(site.targets.filter((t) => t.data.yearly).length);
  expect(chosen.engine).toBe(true);
  expect(await chosen.page.evaluate(() => (window as unknown as { rowChanges: number }).rowChanges)).toBeGreaterThan(0);
});

test('filtering by category keeps the state in the URL, and the URL restores it', async ({ open }) => {
  const page = await open('/projects/', DESKTOP);
  await expect(page.getByText('下表列出全部条目').isVisible()).resolves.toBe(false);
  await page.getByLabel('类别').selectOption({ label: '文旅融合型重大项目' });
  const expected = site.projects.filter((p) => p.data.category?.id === 'culture-tourism').map((p) => p.id);
  await expect.poll(() => shownIds(page)).toEqual(expected);
  await expect.poll(() => query(page).get('category')).toBe('culture-tourism');
  await expect
    .poll(() => page.locator('[data-explorer-status]').textContent())
    .toBe(`按当前条件显示${expected.length}条，共${site.projects.length}个项目。`);

  await page.goto(`${baseUrl()}/projects/?category=culture-tourism&industry=modern-commerce`);
  await expect.poll(() => shownIds(page)).toEqual(['huangjiu-town']);
  await expect(page.getByLabel('类别').inputValue()).resolves.toBe('culture-tourism');
  await expect(page.getByLabel('相关行业').inputValue()).resolves.toBe('modern-commerce');
});

test('filters by unit and platform, and free text, narrow the rows together', async ({ open }) => {
  const page = await open('/projects/?platform=jianshui-science-city', PHONE);
  await expect
    .poll(() => shownIds(page))
    .toEqual(site.projects.filter((p) => p.data.platform?.id === 'jianshui-science-city').map((p) => p.id));
  await openFilters(page);
  await page.getByRole('button', { name: '清除筛选和排序' }).click();
  await expect.poll(() => page.url()).toBe(`${baseUrl()}/projects/`);
  await page.getByLabel('关键词').fill('鲁迅');
  await expect.poll(() => shownNames(page)).toEqual(['鲁迅故里步行街']);
  await expect.poll(() => query(page).get('q')).toBe('鲁迅');
  await page.getByLabel('关键词').fill('没有这个项目');
  await expect.poll(() => page.getByText('没有符合当前条件的条目').isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('button', { name: /ZIP 简报包/ }).isDisabled()).toBe(true);

  const units = await open('/projects/?unit=commerce-bureau', DESKTOP);
  const withCommerce = site.projects.filter((p) => site.unitsOfProject(p).some((u) => u.id === 'commerce-bureau')).map((p) => p.id);
  expect(withCommerce.length).toBeGreaterThan(0);
  await expect.poll(() => shownIds(units)).toEqual(withCommerce);
});

test('a column sorts by click, says so to screen readers, and the order is in the URL', async ({ open }) => {
  const page = await open('/units/', DESKTOP);
  const head = page.locator('#units-explorer th[data-key="clauses"]');
  await head.getByRole('button').click();
  await expect.poll(() => head.getAttribute('aria-sort')).toBe('ascending');
  await head.getByRole('button').click();
  await expect.poll(() => head.getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => Object.fromEntries(query(page))).toEqual({ sort: 'clauses', order: 'desc' });
  const counts = site.units.map((u) => site.duties.get(u.id)!.length);
  const first = await rows(page).first().locator('td').nth(1).textContent();
  expect(first).toBe(`${Math.max(...counts)}条`);
  const shown = (await rows(page).locator('td:nth-of-type(2)').allTextContents()).map((s) => parseInt(s));
  expect(shown).toEqual([...shown].sort((a, b) => b - a));

  // Names sort in pinyin order, as people look them up.
  await page.goto(`${baseUrl()}/units/?sort=name&order=asc`);
  await expect.poll(() => page.locator('#units-explorer th[data-key="name"]').getAttribute('aria-sort')).toBe('ascending');
  const names = await shownNames(page);
  expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  expect(names).not.toEqual(site.units.map((u) => u.data.name));
});

test('/units/ filters by kind and by what a unit answers for', async ({ open }) => {
  const page = await open('/units/?duty=industry.modern-finance', PHONE);
  const expected = site.units
    .filter((u) => site.duties.get(u.id)!.some((d) => d.kind === 'industry' && d.id === 'modern-finance'))
    .map((u) => u.id);
  await expect.poll(() => shownIds(page)).toEqual(expected);
  const bureaus = site.units.filter((u) => u.data.kind === 'bureau' && expected.includes(u.id)).map((u) => u.id);
  expect(bureaus.length).toBeGreaterThan(0);
  expect(bureaus.length).toBeLessThan(expected.length);
  await openFilters(page);
  await page.getByLabel('单位类型').selectOption('bureau');
  await expect.poll(() => shownIds(page)).toEqual(bureaus);
});

test('/targets/ filters by owner, kind and deadline; a target’s own anchor still works', async ({ open }) => {
  const page = await open('/targets/?owner=plan', DESKTOP);
  await expect.poll(() => shownIds(page)).toEqual(site.planTargets.map((t) => t.id));
  await page.goto(`${baseUrl()}/targets/?kind=share`);
  await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toMatch(/^按当前条件/);
  const values = await page.locator('[data-explorer-rows] > tr:visible > td:nth-of-type(1)').allTextContents();
  expect(values.length).toBe(site.targets.filter((t) => t.data.unit === '%').length);
  for (const v of values) expect(v).toContain('%');
  await page.goto(`${baseUrl()}/targets/?timing=yearly`);
  await expect.poll(() => shownIds(page)).toEqual(site.targets.filter((t) => t.data.yearly).map((t) => t.id));
  await page.goto(`${baseUrl()}/targets/#tourism-revenue`);
  await expect(page.locator(':target').getAttribute('id')).resolves.toBe('tourism-revenue');
});

/** The CSV of a download, BOM checked and removed, parsed by its header. */
function csvOf(bytes: Uint8Array) {
  expect([...bytes.slice(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  return csvParse(strFromU8(bytes).replace(/^\uFEFF/, ''));
}
const ON_SCREEN = ['项目', '类别', '相关行业', '平台', '责任单位（按所在条款）', '出处'];

test('the briefing pack holds exactly the rows shown, as on screen, with ids, dictionary and citation', async ({ open }) => {
  const page = await open('/projects/?category=better-living&sort=name&order=desc', DESKTOP);
  await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toMatch(/^按当前条件/);
  const ids = await shownIds(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /ZIP 简报包/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^yuecheng-1616-projects-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'citation.txt', 'data-dictionary.csv', 'projects.csv', 'projects.json']);
  const csv = csvOf(files['projects.csv']!);
  // The columns the reader sees, in Chinese and in the on-screen order, the clauses' addresses, then ids for joining.
  expect(csv.columns).toEqual([...ON_SCREEN, '出处网址', 'id', 'category', 'platform', 'industries', 'sources']);
  expect(csv.map((r) => r['id'])).toEqual(ids);
  expect(csv.map((r) => r['项目'])).toEqual(await shownNames(page).then((names) => names.map((n) => n.trim())));
  const sams = csv.find((r) => r['id'] === 'sams-club')!;
  expect(sams).toMatchObject({ 项目: '山姆超市', 类别: '生活美好型', 相关行业: '现代商贸', 出处: '三（三）¶3', category: 'better-living' });
  expect(sams['出处网址']).toBe(`${baseUrl()}/plan/#s3-3-p3`);
  expect(sams['责任单位（按所在条款）']).toContain('区委宣传部、区发改局');
  const json = JSON.parse(strFromU8(files['projects.json']!)) as Record<string, unknown>[];
  expect(json.map((r) => r['id'])).toEqual(ids);
  expect(json.find((r) => r['id'] === 'sams-club')).toMatchObject({ 项目: '山姆超市', 类别: '生活美好型', sources: ['s3-3-p3'] });
  expect(csvParse(strFromU8(files['data-dictionary.csv']!).replace(/^\uFEFF/, '')).map((r) => r['name'])).toEqual(csv.columns);
  expect(strFromU8(files['citation.txt']!)).toContain('越政发〔2023〕14号');
  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain('类别：生活美好型重大项目');
  expect(readme).toContain('/projects/?category=better-living');
  expect(readme).toContain('知识共享署名 4.0 国际许可协议（CC BY 4.0，https://creativecommons.org/licenses/by/4.0/deed.zh-hans）');
  expect(readme).toMatch(/绍兴市越城区人民政府印发的官方文件（越政发〔2023〕14号）。依照《中华人民共和国著作权法》第五条/);
  await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toContain(`已生成简报包：${ids.length}个项目`);
});

for (const [name, options] of [
  ['a 360 px phone', PHONE],
  ['a desktop', DESKTOP],
] as const) {
  test(`on ${name} the rows shown download as a plain CSV, with the plan’s spelling of units`, async ({ open }) => {
    const page = await open('/projects/?category=none', options);
    await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toMatch(/^按当前条件/);
    const ids = await shownIds(page);
    const button = page.getByRole('button', { name: '下载 CSV' });
    // Visible, whole inside the screen's width, and big enough to tap.
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(options.viewport.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^yuecheng-1616-projects-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = csvOf(new Uint8Array(fs.readFileSync((await download.path())!)));
    expect(csv.columns.slice(0, ON_SCREEN.length + 2)).toEqual([...ON_SCREEN, '出处网址', 'id']);
    expect(csv.map((r) => r['id'])).toEqual(ids);
    const jiefang = csv.find((r) => r['id'] === 'jiefang-road-awakening')!;
    expect(jiefang['类别']).toBe('未归入三类');
    expect(jiefang['责任单位（按所在条款）']).toContain('区招商投资促进中心<专班>');
    expect(jiefang['出处']).toBe('二（一）¶2');
    expect(jiefang['出处网址']).toBe(`${baseUrl()}/plan/#s2-1-p2`);
    await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toBe(`已下载 CSV：${ids.length}个项目。`);
  });
}

test('filtered, sorted and empty states pass axe, on a phone in the dark scheme too', async ({ open }) => {
  for (const options of [DESKTOP, { ...PHONE, colorScheme: 'dark' as const }]) {
    const page = await open('/projects/?category=better-living&sort=name&order=desc', options);
    await expect.poll(() => page.locator('[data-explorer-status]').textContent()).toMatch(/^按当前条件/);
    expect(await axeViolations(page), 'filtered and sorted').toEqual([]);
    await openFilters(page);
    await page.getByLabel('关键词').fill('没有这个项目');
    await page.getByText('没有符合当前条件的条目').waitFor();
    expect(await axeViolations(page), 'empty').toEqual([]);
  }
});
