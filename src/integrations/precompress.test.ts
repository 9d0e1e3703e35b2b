import { expect, test } from 'vitest';
import { brotliQuality, LARGE_FILE, MANY_FILES } from './precompress';

test('Brotli 11 for every file of a build of ordinary size', () => {
  for (const file of ['index.html', 'en/projects/index.html', '_astro/site.css', 'data/targets.csv'])
    expect(brotliQuality(file, MANY_FILES)).toBe(11);
});

test('in a very large build only HTML pages drop to Brotli 8; shared assets and data keep 11', () => {
  expect(brotliQuality('projects/synthetic-00001/index.html', MANY_FILES + 1)).toBe(8);
  for (const file of ['_astro/site.css', '_astro/search.js', 'data/projects.json', 'sitemap-0.xml'])
    expect(brotliQuality(file, MANY_FILES + 1)).toBe(11);
});

test('a file over LARGE_FILE gets Brotli 9 in a build of any size; one at the limit keeps its quality', () => {
  for (const count of [MANY_FILES, MANY_FILES + 1]) {
    expect(brotliQuality('data/plan.json', count, LARGE_FILE + 1)).toBe(9);
    expect(brotliQuality('en/projects/index.html', count, LARGE_FILE + 1)).toBe(9);
    expect(brotliQuality('data/plan.json', count, LARGE_FILE)).toBe(11);
  }
});
