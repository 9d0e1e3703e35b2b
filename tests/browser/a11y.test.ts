// Every built page, in real Chromium: zero axe violations on desktop in the light scheme and on a
// 360 px phone in the dark scheme, and nothing wider than the phone's screen.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { axeViolations, withAxe } from './axe';
import { baseUrl, DESKTOP, launch, PHONE } from './chromium';

const urls = [...builtPages().keys()].sort();

let browser: Browser;
let desktop: Page;
let phone: Page;
/** One page per setting, reused: axe is compiled once per context through an init script, not per page. */
async function tab(options: BrowserContextOptions): Promise<Page> {
  return (await withAxe(await browser.newContext(options))).newPage();
}
beforeAll(async () => {
  browser = await launch();
  desktop = await tab({ ...DESKTOP, colorScheme: 'light' });
  phone = await tab({ ...PHONE, colorScheme: 'dark' });
});
afterAll(() => browser?.close());

test('the site has pages to check', () => expect(urls.length).toBeGreaterThan(90));

test.each(urls)('%s passes axe at desktop (light) and 360 px (dark), without overflow', async (url) => {
  for (const page of [desktop, phone]) {
    await page.goto(baseUrl() + url);
    expect(await axeViolations(page), `${url} ${page === phone ? 'phone, dark' : 'desktop, light'}`).toEqual([]);
    if (page === phone) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} is wider than a 360 px screen`).toBeLessThanOrEqual(0);
    }
  }
});
