// The committed quality suite: every query must bring its page or clause into the top 3 (or nothing at all),
// searched in Chromium on /search/ as a person would. Prints the share that passes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchOnPage } from '../../scripts/search-driver';
import { SEARCH_CASES } from '../search-queries';
import { DESKTOP, launch, open } from './chromium';

let page: Page;
let close: () => Promise<void>;
const outcomes: boolean[] = [];
beforeAll(async () => {
  const browser = await launch();
  close = () => browser.close();
  page = await open(browser, '/search/', DESKTOP);
});
afterAll(async () => {
  const passed = outcomes.filter(Boolean).length;
  console.log(`search quality: ${passed} of ${outcomes.length} queries pass (${Math.round((100 * passed) / outcomes.length)}%)`);
  await close();
});

test('the suite is large enough', () => expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(50));

test.each(SEARCH_CASES)('$q ($why)', async ({ q, expect: wanted, none }) => {
  const { hrefs } = await searchOnPage(page, q);
  const ok = none ? hrefs.length === 0 : hrefs.slice(0, 3).some((h) => wanted!.includes(h));
  outcomes.push(ok);
  if (none) expect(hrefs, `${q} should find nothing`).toEqual([]);
  else
    expect(hrefs.slice(0, 3), `${q}: one of ${wanted!.join(', ')} in the top 3`).toEqual(
      expect.arrayContaining([expect.toSatisfy((h: string) => wanted!.includes(h))]),
    );
});
