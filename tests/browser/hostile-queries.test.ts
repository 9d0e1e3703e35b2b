// Query strings come from anyone's link: /search/?q= and the explorer's filters must show them as text, never run
// them as HTML (#15, security). Each hostile value is opened in both languages; nothing may execute, no element
// may appear from it, and the page must still say what was asked.
import { expect } from 'vitest';
import { DESKTOP } from './chromium';
import { test } from './fixtures';

const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "javascript:window.__xss=1//'",
  '<svg onload=window.__xss=1>区商务局</svg>',
];

/** Whether anything of the value became markup or ran. */
async function harmed(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as { __xss?: number }).__xss) found.push('script ran');
    if (document.querySelector('main img[src="x"], main svg[onload], main script:not([type]):not([src])')) found.push('element injected');
    for (const a of document.querySelectorAll('a[href^="javascript:"]')) found.push(`javascript: link ${a.outerHTML.slice(0, 60)}`);
    return found;
  });
}

test.for(HOSTILE.flatMap((q) => ['/search/', '/en/search/'].map((page) => [page, q] as const)))(
  '%s?q=%s shows the query as text and runs nothing',
  async ([path, q], { open }) => {
    const page = await open(`${path}?q=${encodeURIComponent(q)}`, DESKTOP);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('“'));
    await page.waitForTimeout(300); // let late results and excerpts render
    expect(await harmed(page)).toEqual([]);
    await expect(page.locator('[data-search-query]').inputValue()).resolves.toBe(q);
  },
);

test.for(HOSTILE.flatMap((q) => ['/projects/', '/en/targets/'].map((page) => [page, q] as const)))(
  '%s with a hostile filter value (%s) keeps its table and runs nothing',
  async ([path, q], { open }) => {
    const page = await open(`${path}?q=${encodeURIComponent(q)}&category=${encodeURIComponent(q)}&owner=${encodeURIComponent(q)}`, DESKTOP);
    await page.waitForTimeout(300);
    expect(await harmed(page)).toEqual([]);
    await expect(page.locator('explorer-table').first().isVisible()).resolves.toBe(true);
  },
);

test('the check sees harm: markup put into the page from a hostile value is reported', async ({ open, policy }) => {
  const page = await open('/search/', DESKTOP);
  await page.evaluate((html) => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
    // The Content-Security-Policy stops the handler (tests/browser/csp.test.ts): here it is as if it had run.
    (window as { __xss?: number }).__xss = 1;
  }, HOSTILE[0]!);
  // The policy's report of the handler it stopped is expected here, not a failure of this test.
  await expect.poll(() => policy.some((r) => /inline event handler/.test(r))).toBe(true);
  policy.splice(0);
  expect(await harmed(page)).toEqual(['script ran', 'element injected']);
});
