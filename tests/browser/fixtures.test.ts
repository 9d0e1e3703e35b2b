// Proof that the fixtures close what a test opened even when it fails (see fixtures.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP } from './chromium';
import { test } from './fixtures';

let failed: { page: Page; context: BrowserContext } | undefined;

test.fails('a test that fails with a page and a context open (expected to fail)', async ({ open, newContext }) => {
  const page = await open('/', DESKTOP);
  const context = await newContext(DESKTOP);
  failed = { page, context };
  expect(page.url(), 'deliberate failure, after opening').toBe('about:blank');
});

test('leaves no context or page behind for the next test', ({ browser }) => {
  expect(failed, 'the failing test got as far as opening a page and a context').toBeDefined();
  expect(failed!.page.isClosed()).toBe(true);
  expect(browser.contexts()).toEqual([]);
});
