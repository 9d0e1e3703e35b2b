import { expect, test } from 'vitest';
import { brotliQuality, MANY_FILES } from './precompress';

test('Brotli 11 for every file of a build of ordinary size', () => {
  for (const file of ['index.html', 'en/projects/index.html', '_astro/site.css', 'data/targets.csv'])
    expect(brotliQuality(file, MANY_FILES)).toBe(11);
});

test('in a very large build only HTML pages drop to Brotli 8; shared assets and data keep 11', () => {
  expect(brotliQuality('projects/synthetic-00001/index.html', MANY_FILES + 1)).toBe(8);
  for (const file of ['_astro/site.css', '_astro/search.js', 'data/projects.json', 'sitemap-0.xml'])
    expect(brotliQuality(file, MANY_FILES + 1)).toBe(11);
});
