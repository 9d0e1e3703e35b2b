// Every page the site offers, in real Chromium: the sitemap's pages, the 404, and the pages kept out of the sitemap
// by design (search, embeds), which together must be every built page. Zero axe violations (WCAG 2.2 target-size included) on desktop in the light scheme, on a 360 px
// phone in the dark scheme, and on that phone in the large-text mode (light), and nothing wider than the
// phone's screen in either phone setting.
import fs from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { outsideSitemap, unlocalizedPath } from '../../src/lib/paths';
import { builtPages } from '../site/dist';
import { axeViolations, withAxe } from './axe';
import { baseUrl, DESKTOP, inLargeText, PHONE } from './chromium';
import { test as base } from './fixtures';

const sitemap = [...fs.readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const built = [...builtPages().keys()];
const urls = [...new Set([...sitemap, '/404', ...built.filter((p) => outsideSitemap(p))])].sort();

/**
 * One page per setting, shared by the file's tests (each goes to its own address) and closed after the last:
 * axe is compiled once per context through an init script, not per page.
 */
const test = base.extend('tabs', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
  const tab = async (options: BrowserContextOptions): Promise<Page> => (await withAxe(await browser.newContext(options))).newPage();
  const tabs = {
    desktop: await tab({ ...DESKTOP, colorScheme: 'light' }),
    phone: await tab({ ...PHONE, colorScheme: 'dark' }),
    large: await tab({ ...PHONE, colorScheme: 'light' }),
  };
  onCleanup(async () => {
    await Promise.all(Object.values(tabs).map((page) => page.context().close()));
  });
  await inLargeText(tabs.large.context());
  return tabs;
});

test('the pages checked are exactly the built pages: every one is in the sitemap, the 404 or kept out on purpose', () => {
  expect(urls.length).toBeGreaterThan(90);
  expect(urls).toEqual([...built].sort());
});

test.for(urls)(
  '%s passes axe at desktop (light), 360 px (dark) and 360 px large text, without overflow',
  async (url, { tabs: { desktop, phone, large } }) => {
    const setting = (page: Page) => (page === desktop ? 'desktop, light' : page === phone ? 'phone, dark' : 'phone, large text');
    // Embeds live in other sites' iframes, without the header control; their large-text setting is the host's.
    const pages = unlocalizedPath(url).startsWith('/embed/') ? [desktop, phone] : [desktop, phone, large];
    for (const page of pages) {
      // dist/404.html is what the host serves for an address that does not exist.
      await page.goto(baseUrl() + (url === '/404' ? '/no-such-page/' : url));
      if (page === large)
        expect(await page.evaluate(() => document.documentElement.dataset['reading']), 'large mode applied').toBe('large');
      expect(await axeViolations(page), `${url} ${setting(page)}`).toEqual([]);
      if (page !== desktop) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${url} is wider than a 360 px screen (${setting(page)})`).toBeLessThanOrEqual(0);
      }
    }
  },
);

test('the axe check sees links too small and too close together for a finger (target-size, a probe)', async ({ open }) => {
  const page = await open('/', PHONE);
  await page.evaluate(() => {
    const p = document.createElement('p');
    // Through the CSSOM, which the page's policy allows (a style attribute it would not).
    p.style.fontSize = '8px';
    p.style.lineHeight = '8px';
    p.innerHTML = '<a href="#a">aaaa</a><br><a href="#b">bbbb</a>';
    document.querySelector('main')!.append(p);
  });
  expect((await axeViolations(page)).some((v) => v.startsWith('target-size'))).toBe(true);
});
