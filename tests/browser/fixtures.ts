// The browser tests' `test`: one Chromium per test file, and contexts and pages that are closed after each
// test whether it passed or failed. Closing by hand at the end of a test skips the close when an assertion
// throws, and the open context then lingers into the following tests. Every test also fails when Chromium
// reports a Content-Security-Policy violation in any page it opened (the site is served with its headers).
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launch, visit, watchPolicy } from './chromium';

/** The policy violations reported in this test file's contexts, in order. */
const policyReports: string[] = [];

export const test = base
  // File-scoped: launching Chromium takes a second or so; the contexts, not the browser, keep tests apart.
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern: none here
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launch();
    onCleanup(() => browser.close());
    // Every context, however a test makes it, reports policy violations to the file's list.
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      watchPolicy(context, policyReports);
      return context;
    };
    return browser;
  })
  /** After each test: nothing the test opened broke the Content-Security-Policy. */
  .extend('policy', { auto: true }, async ({ browser }, { onCleanup }) => {
    void browser;
    const start = policyReports.length;
    onCleanup(() => {
      const reports = policyReports.slice(start);
      if (reports.length > 0) throw new Error(`Content-Security-Policy violations:\n${reports.join('\n')}`);
    });
    return policyReports;
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
