// Searching the way a person does on /search/: type the query, press Enter, wait for the announcement.
import type { Page } from 'playwright-core';

export async function searchOnPage(page: Page, query: string): Promise<{ hrefs: string[]; status: string }> {
  const input = page.locator('[data-search-query]');
  await input.fill(query);
  await input.press('Enter');
  // Done when the status names the query and no longer says it is searching (in the page's language).
  await page.waitForFunction((q) => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s.includes(`“${q}”`) && !s.includes('正在搜索') && !s.includes('Searching');
  }, query);
  return {
    hrefs: await page.$$eval('a[data-result]', (links) => links.map((a) => a.getAttribute('href')!)),
    status: (await page.textContent('[data-search-status]')) ?? '',
  };
}
