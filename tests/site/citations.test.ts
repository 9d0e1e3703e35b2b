// Citations as readers copy them from the built pages. The test build runs without SITE_URL, so no citation may
// carry an address at all: astro.config.mjs's placeholder host (or a localhost) would be copied into articles.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { builtPages, documentOf } from './dist';

const PLACEHOLDER = /example\.(org|com)|localhost|127\.0\.0\.1/;

test('no citation on any built page prints a placeholder domain; without SITE_URL none prints an address', () => {
  expect(process.env['SITE_URL'] ?? '', 'this check is about the build without SITE_URL').toBe('');
  let citations = 0;
  for (const [url, file] of builtPages()) {
    const doc = documentOf(file);
    const texts = [
      ...doc.querySelectorAll('[data-cite-text]').map((e) => e.text.trim()),
      ...doc.querySelectorAll('explorer-table').flatMap((e) => [e.getAttribute('data-citation-zh')!, e.getAttribute('data-citation-gbt')!]),
    ];
    for (const text of texts) {
      expect(text, url).not.toMatch(PLACEHOLDER);
      expect(text, url).not.toMatch(/https?:/);
      expect(text, url).toContain('越政发〔2023〕14号');
    }
    citations += texts.length;
  }
  expect(citations).toBeGreaterThan(100);
});

test('no page body, data file or pack text prints the placeholder host of astro.config.mjs (metadata aside)', () => {
  const host = 'yuecheng-1616.example.org';
  for (const [url, file] of builtPages()) {
    const doc = documentOf(file);
    // Metadata (canonical, JSON-LD) is Astro's `site`, for search engines; what a reader sees or copies is checked.
    const body = (doc.querySelector('main')?.toString() ?? '').replace(/<script[\s\S]*?<\/script>/g, '');
    expect(body, url).not.toContain(host);
    for (const el of doc.querySelectorAll('explorer-table')) expect(el.getAttribute('data-terms'), url).not.toContain(host);
  }
  for (const f of fs.readdirSync('dist/data').filter((f) => !f.endsWith('.html')))
    expect(fs.readFileSync(`dist/data/${f}`, 'utf8'), f).not.toContain(host);
});
