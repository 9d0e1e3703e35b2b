// No internal link or #anchor in dist/ is broken: every href to this site resolves to a built file,
// and every fragment to an element id on the page it points to.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, DIST, documentOf } from './dist';

test('every internal link and anchor in dist/ resolves', () => {
  const pages = builtPages();
  const idsOf = (file: string) =>
    new Set(
      documentOf(file)
        .querySelectorAll('[id]')
        .map((e) => e.id),
    );
  const broken: string[] = [];
  let checked = 0;
  for (const [url, file] of pages) {
    for (const a of documentOf(file).querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      const pathname = decodeURIComponent(target.pathname);
      const targetFile =
        pages.get(pathname) ??
        (fs.existsSync(path.join(DIST, pathname)) && fs.statSync(path.join(DIST, pathname)).isFile()
          ? path.join(DIST, pathname)
          : undefined);
      checked++;
      if (!targetFile) {
        broken.push(`${url}: ${href} (no such page)`);
      } else if (target.hash && targetFile.endsWith('.html') && !idsOf(targetFile).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${url}: ${href} (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test('element ids are unique on every page', () => {
  const duplicates: string[] = [];
  for (const [url, file] of builtPages()) {
    const seen = new Set<string>();
    for (const el of documentOf(file).querySelectorAll('[id]')) {
      if (seen.has(el.id)) duplicates.push(`${url}#${el.id}`);
      seen.add(el.id);
    }
  }
  expect(duplicates).toEqual([]);
});
