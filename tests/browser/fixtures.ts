// The browser tests' `test`: one Chromium per test file, and contexts and pages that are closed after each
// test whether it passed or failed. Closing by hand at the end of a test skips the close when an assertion
// throws, and the open context then lingers into the following tests.
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launch, visit } from './chromium';

export const test = base
  // File-scoped: launching Chromium takes a second or so; the contexts, not the browser, keep tests apart.
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern: none here
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launch();
    onCleanup(() => browser.close());
    return browser;
  })
  /** A new context (one visitor's profile); closed after the test. */
  .extend('newContext', async ({ browser }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close()));
    });
    return async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      opened.push(context);
      return context;
    };
  })
  /** A page of the served site in a context of its own, after a successful load; closed after the test. */
  .extend('open', async ({ newContext }) => async (path: string, options: BrowserContextOptions = {}): Promise<Page> => {
    return visit(await (await newContext(options)).newPage(), path);
  });
