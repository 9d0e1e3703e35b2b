// Reading the built site: every HTML page in dist/ with its parsed document.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve('dist');

/** URL path → file, for every page of the built site ("/industries/cultural-tourism/" → …/index.html). */
export function builtPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rel of fs.readdirSync(DIST, { recursive: true }) as string[]) {
    if (!rel.endsWith('.html')) continue;
    const url =
      '/' +
      rel
        .replace(/\\/g, '/')
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '');
    pages.set(url, path.join(DIST, rel));
  }
  return pages;
}

const cache = new Map<string, HTMLElement>();
export function documentOf(file: string): HTMLElement {
  if (!cache.has(file)) cache.set(file, parse(fs.readFileSync(file, 'utf8')));
  return cache.get(file)!;
}
