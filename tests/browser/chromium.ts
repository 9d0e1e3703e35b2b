// Opening pages of the served site in the system Chromium (see scripts/chromium.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { READING_KEY, READING_LARGE } from '../../src/lib/reading-mode';

export { DESKTOP, launch, PHONE } from '../../scripts/chromium';

export const baseUrl = () => inject('baseUrl');

/** Loads a page of the served site in `page`, failing on anything but a successful response. */
export async function visit(page: Page, path: string): Promise<Page> {
  const response = await page.goto(baseUrl() + path);
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  return page;
}

/** Every page of the context opens in the large-text mode, as if the reader had chosen it earlier. */
export async function inLargeText(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [READING_KEY, READING_LARGE]);
  return context;
}

/** The header's 菜单 (Menu) button, shown on phones only. */
export const menuButton = (page: Page) => page.locator('header details[data-phone-menu] > summary');

/** On a phone the sections and the reading-mode switch sit behind the header's 菜单 button: open it, as a reader taps it. */
export async function openMenu(page: Page): Promise<void> {
  if (!(await page.locator('header details[data-phone-menu]').evaluate((d: HTMLDetailsElement) => d.open))) await menuButton(page).click();
}

/**
 * Collects what Chromium reports against the page's Content-Security-Policy (the served header and the page's
 * <meta>) in every page of the context: each report is a console message naming the policy.
 */
export function watchPolicy(context: BrowserContext, reports: string[] = []): string[] {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  return reports;
}
