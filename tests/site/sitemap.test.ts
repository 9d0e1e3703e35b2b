// Search engines find every content page, in both languages, through the sitemap that robots.txt names; embeds,
// the search page and the 404 stay out of it.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { outsideSitemap } from '../../src/lib/paths';
import { builtPages } from './dist';

const locs = () => [...fs.readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the sitemap lists every content page and nothing else', () => {
  const expected = [...builtPages().keys()].filter((u) => !outsideSitemap(u)).sort();
  expect(expected).toContain('/en/units/');
  expect(locs().sort()).toEqual(expected);
});

test('robots.txt names the sitemap at the site’s address and keeps crawlers off the embeds', () => {
  const robots = fs.readFileSync('dist/robots.txt', 'utf8');
  const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
  expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
  expect(fs.readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(new URL('/sitemap-0.xml', sitemap).href);
  expect(robots).toMatch(/^Disallow: \/embed\/$/m);
});
