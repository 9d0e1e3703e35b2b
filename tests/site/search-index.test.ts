// The build ends with a Pagefind index covering every indexed page and every clause, target and term record.
import { formatTargetValue, formatTiming } from '../../src/i18n/format';
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { searchRecords } from '../../src/lib/search/records';
import type { SuggestHead } from '../../src/lib/search/suggest-shards';
import { localizedPath, paths, unlocalizedPath } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';

test('dist/pagefind holds one index per language, each with every indexed page and record of its language', () => {
  const entry = JSON.parse(fs.readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
    version: string;
    languages: Record<string, { page_count: number }>;
  };
  expect(entry.version).toMatch(/^1\.6\./);
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  const indexed = (english: boolean) =>
    [...builtPages()].filter(([url, f]) => url.startsWith('/en/') === english && documentOf(f).querySelector('[data-pagefind-body]'))
      .length;
  const records = searchRecords(buildSite(loadContent().collections), {
    notice: '',
    planOwner: '',
    value: formatTargetValue,
    timing: formatTiming,
  }).length;
  expect(entry.languages['zh-cn']!.page_count).toBe(indexed(false) + records);
  expect(entry.languages['en']!.page_count).toBe(indexed(true) + records);
});

test('pages indexed as parts, the search page, 404 and embeds are not indexed whole; every indexed page has a type', () => {
  const unindexed = (url: string) =>
    ['/plan/', '/targets/', '/glossary/', '/search/', '/404', '/404/'].includes(unlocalizedPath(url)) ||
    unlocalizedPath(url).startsWith('/embed/');
  for (const [url, file] of builtPages()) {
    const doc = documentOf(file);
    const body = doc.querySelector('[data-pagefind-body]');
    if (unindexed(url)) expect(body, url).toBeNull();
    else expect(doc.querySelector('meta[data-pagefind-filter="type[content]"]'), url).not.toBeNull();
  }
});

test('each language has the suggestion files its index names, and no other; English ones lead to English pages', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const folder = `dist${localizedPath(paths.searchSuggestionFiles(), locale)}`;
    const read = (name: string) => JSON.parse(fs.readFileSync(`${folder}${name}.json`, 'utf8')) as unknown;
    const head = read('index') as SuggestHead;
    const expected = [
      'index',
      ...(head.readings ? ['pinyin'] : []),
      ...Array.from({ length: head.answers }, (_, b) => `one-${b}`),
      ...Array.from({ length: head.keys }, (_, b) => `keys-${b}`),
      ...Array.from({ length: Math.ceil(head.count / head.chunk) }, (_, c) => `entries-${c}`),
    ];
    const built = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(built.sort(), locale).toEqual(expected.sort());
    expect(head.readings).toBe(locale === 'zh-CN');
    const urls = expected.filter((f) => f.startsWith('entries-')).flatMap((f) => (read(f) as { u: string }[]).map((e) => e.u));
    expect(urls).toHaveLength(head.count);
    expect(
      urls.every((u) => u.startsWith('/en/') === (locale === 'en')),
      locale,
    ).toBe(true);
  }
});
