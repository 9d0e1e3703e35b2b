// The committed quality suite: every query must bring its page or clause into the top 3 (or nothing at all),
// searched in Chromium on /search/ as a person would. Prints the share that passes.
import { afterAll, expect } from 'vitest';
import { searchOnPage } from '../../scripts/search-driver';
import { SEARCH_CASES, SEARCH_CASES_EN } from '../search-queries';
import { DESKTOP, visit } from './chromium';
import { test as base } from './fixtures';

/** One /search/ page (and one /en/search/) for every query, as a person searching again and again; closed after the last. */
const test = base
  .extend('searchPage', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
    const context = await browser.newContext(DESKTOP);
    onCleanup(() => context.close());
    return visit(await context.newPage(), '/search/');
  })
  .extend('englishSearchPage', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
    const context = await browser.newContext(DESKTOP);
    onCleanup(() => context.close());
    return visit(await context.newPage(), '/en/search/');
  });

const outcomes: boolean[] = [];
afterAll(() => {
  const passed = outcomes.filter(Boolean).length;
  console.log(`search quality: ${passed} of ${outcomes.length} queries pass (${Math.round((100 * passed) / outcomes.length)}%)`);
});

test('the suite is large enough', () => {
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(50);
  expect(SEARCH_CASES_EN.length).toBeGreaterThanOrEqual(25);
});

test.for(SEARCH_CASES)('$q ($why)', async ({ q, expect: wanted, none }, { searchPage: page }) => {
  const { hrefs } = await searchOnPage(page, q);
  const ok = none ? hrefs.length === 0 : hrefs.slice(0, 3).some((h) => wanted!.includes(h));
  outcomes.push(ok);
  if (none) expect(hrefs, `${q} should find nothing`).toEqual([]);
  else
    expect(hrefs.slice(0, 3), `${q}: one of ${wanted!.join(', ')} in the top 3`).toEqual(
      expect.arrayContaining([expect.toSatisfy((h: string) => wanted!.includes(h))]),
    );
});

test.for(SEARCH_CASES_EN)('English: $q ($why)', async ({ q, expect: wanted }, { englishSearchPage: page }) => {
  const { hrefs } = await searchOnPage(page, q);
  outcomes.push(hrefs.slice(0, 3).some((h) => wanted!.includes(h)));
  expect(hrefs.slice(0, 3), `${q}: one of ${wanted!.join(', ')} in the top 3`).toEqual(
    expect.arrayContaining([expect.toSatisfy((h: string) => wanted!.includes(h))]),
  );
});
