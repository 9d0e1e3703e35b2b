// Open data as a journalist downloads it from /data/: beside each raw CSV, a readable CSV with names instead of codes,
// reachable and downloadable on a 360 px phone and on a desktop.
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { BrowserContextOptions } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

for (const [name, options] of [
  ['a 360 px phone', PHONE],
  ['a desktop', DESKTOP],
] as [string, BrowserContextOptions][]) {
  test(`on ${name}, /data/ offers the projects as a readable CSV beside the raw one`, async ({ open }) => {
    const page = await open('/data/', options);
    await expect(page.getByText('“易读 CSV”的列与原始 CSV 相同').isVisible()).resolves.toBe(true);
    const link = page.getByRole('link', { name: '重大项目 易读 CSV' });
    await link.scrollIntoViewIfNeeded();
    await expect(link.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('projects.readable.csv');
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const row = csvParse(bytes.toString('utf8').slice(1)).find((r) => r['id'] === 'jianshui-science-city')!;
    expect(row).toMatchObject({ category: '产业赋能型重大项目', industries: '科技服务', sources: '三（三）¶1、二（二）¶1' });
  });
}
