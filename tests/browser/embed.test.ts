// A chart embedded as a newsroom would: the snippet copied from the chart list, where the chart's figure leads,
// pasted into a page on another
// origin (served by the test through a route), at 360 px and on a desktop. The frame follows its content's height,
// its links open in the top window, and the source and licence are visible inside it. The host page is served by a
// second loopback server of the test's own, another origin than the site's (a routed page with no address would
// trip Chromium's local-network checks).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

/** Serves `html` at its own origin (127.0.0.1 on a free port) until the test ends; returns the page's address. */
async function hostPage(html: string, onCleanup: (fn: () => Promise<void>) => void): Promise<string> {
  const server = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
}
const CHART = 'project-counts';

/** The chart's entry in the chart list, reached as a reader does: by the figure's 嵌入本图 link. */
async function entryFrom(page: Page): Promise<Locator> {
  const figure = page.locator(`#chart-${CHART}`);
  await Promise.all([page.waitForURL(`**/charts/#chart-${CHART}`), figure.getByRole('link', { name: '嵌入本图' }).click()]);
  return page.locator(`section#chart-${CHART}`);
}

/** The snippet as a reader copies it from the chart list (after the page's script has run). */
async function snippetFrom(page: Page): Promise<string> {
  const code = (await entryFrom(page)).getByLabel(/把这段代码粘贴到网页里/);
  await expect.poll(() => code.isVisible()).toBe(true);
  return code.inputValue();
}

for (const [name, options] of [
  ['a 360 px phone', PHONE],
  ['a desktop', DESKTOP],
] as [string, BrowserContextOptions][]) {
  test(`on ${name}, the snippet embeds the chart in another site: height follows content, links open on top, source and licence shown`, async ({
    open,
    newContext,
    onTestFinished,
  }) => {
    const snippet = await snippetFrom(await open('/projects/', options));
    expect(snippet).toMatch(new RegExp(`^<iframe src="${baseUrl()}/embed/${CHART}/" title="[^"]+" width="100%" height="\\d+"`));
    expect(snippet).toContain('<script>');

    const host = await hostPage(
      `<!doctype html><html lang="zh-CN"><meta name="viewport" content="width=device-width"><title>报道</title><body><p>报道正文。</p>${snippet}<p>正文继续。</p></body></html>`,
      onTestFinished,
    );
    expect(new URL(host).origin).not.toBe(new URL(baseUrl()).origin);
    const page = await (await newContext(options)).newPage();
    await page.goto(host);
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    const contentHeight = () =>
      frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height + parseFloat(getComputedStyle(b).marginBottom)));
    const frameHeight = () => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));

    // After loading, the frame is as tall as its content: nothing cut off, no inner scroll bar.
    await frame.locator('main').waitFor();
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(2);
    const before = await frameHeight();
    // The content grows (the data table opened): the frame grows with it.
    await frame.getByText('数据表').click();
    await expect.poll(frameHeight).toBeGreaterThan(before + 50);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(2);

    // The source line (the plan, its 文号, the clauses) and the licence, inside the frame.
    const source = frame.locator('[data-embed-source]');
    await expect(source.isVisible()).resolves.toBe(true);
    await expect(source.textContent()).resolves.toMatch(/实施方案》（越政发〔2023〕14号），三（三）¶1/);
    const licence = frame.getByRole('link', { name: /CC BY 4\.0/ });
    await expect(licence.isVisible()).resolves.toBe(true);

    // A link inside the frame navigates the top window, not the frame: a chart mark's (SVG) link, from the keyboard,
    // and then, back on the host page, a link of the source line.
    const host0 = page.url();
    const mark = frame.locator('svg a').first();
    const markHref = new URL((await mark.getAttribute('href'))!, baseUrl()).href;
    await mark.focus();
    await Promise.all([page.waitForURL(markHref), page.keyboard.press('Enter')]);
    await page.goto(host0);
    await frame.locator('main').waitFor();
    await Promise.all([page.waitForURL(`${baseUrl()}/plan/#s3-3-p1`), source.getByRole('link', { name: '三（三）¶1' }).click()]);
    expect(page.url()).toBe(`${baseUrl()}/plan/#s3-3-p1`);
  });
}

test('without JavaScript the snippet is selectable text in the chart list, where the figure leads', async ({ open }) => {
  const page = await open('/projects/', { ...PHONE, javaScriptEnabled: false });
  const title = await page.locator(`#chart-${CHART}-heading`).textContent();
  const entry = await entryFrom(page);
  await expect(entry.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(title);
  const code = entry.getByLabel(/把这段代码粘贴到网页里/);
  await expect(code.inputValue()).resolves.toMatch(new RegExp(`^<iframe src="/embed/${CHART}/"`));
  await expect(code.getAttribute('readonly')).resolves.not.toBeNull();
  await expect(entry.getByRole('button', { name: '复制代码' }).count()).resolves.toBe(0);
  // The entry leads back to the chart on its page.
  await Promise.all([page.waitForURL(`**/projects/#chart-${CHART}`), entry.getByRole('link', { name: '在原页面查看' }).click()]);
});

test('with JavaScript the chart list copies a snippet with the site’s own address', async ({ newContext }) => {
  const context = await newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/projects/`);
  const entry = await entryFrom(page);
  await entry.getByRole('button', { name: '复制代码' }).click();
  await expect.poll(() => entry.locator('[data-status]').textContent()).toBe('已复制。');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await entry.getByLabel(/把这段代码粘贴到网页里/).inputValue());
  expect(copied).toMatch(new RegExp(`^<iframe src="${baseUrl()}/embed/${CHART}/"`));
});
