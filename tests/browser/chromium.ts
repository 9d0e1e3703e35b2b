// Opening pages of the served site in the system Chromium (see scripts/chromium.ts).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export { DESKTOP, launch, PHONE } from '../../scripts/chromium';

export const baseUrl = () => inject('baseUrl');

export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(baseUrl() + path);
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  return page;
}
