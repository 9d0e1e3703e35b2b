import { expect, test } from 'vitest';
import { placeholders } from '../lib/template';
import { t } from '.';
import { zhCN, type UiKey } from './zh-CN';

test('t fills named values through the one replacer, every placeholder each time it stands', () => {
  expect(t('explorer.some', { shown: 5, n: 29, noun: '个项目' })).toBe('按当前条件显示5条，共29个项目。');
  expect(t('search.count', { n: 3, q: '$& {n}' })).toBe('找到 3 条与“$& {n}”相关的结果。');
});

test('t without values gives the template, for a script to fill in the browser', () => {
  expect(t('explorer.all')).toBe('显示全部{n}{noun}。');
});

test('t refuses to leave a placeholder unfilled', () => {
  expect(() => t('explorer.all', { n: 3 })).toThrow('no value for {noun}');
});

// Templates that scripts fill in the browser (src/scripts/explorer-table.ts, search-page.ts) may use only the
// names those scripts give, or the page would show an error instead of a status.
test.each<[UiKey, string[]]>([
  ['explorer.all', ['shown', 'n', 'noun']],
  ['explorer.some', ['shown', 'n', 'noun']],
  ['explorer.zipDone', ['n', 'noun']],
  ['explorer.zipFailed', []],
  ['search.count', ['n', 'q']],
  ['search.noResults', ['n', 'q']],
  ['search.loading', []],
  // The briefing pack's README, written in the browser by src/lib/briefing-pack.ts.
  ['pack.heading', ['title', 'n']],
  ['pack.page', ['url']],
  ['pack.date', ['date']],
  ['pack.filters', []],
  ['pack.noFilters', []],
  ['pack.files', []],
  ['pack.file.csv', []],
  ['pack.file.json', []],
  ['pack.file.dictionary', []],
  ['pack.file.citation', []],
  ['pack.note', []],
  ['explorer.csvDone', ['n', 'noun']],
  ['explorer.csvFailed', []],
  ['pack.column', ['label']],
  ['pack.links', ['label']],
  ['pack.linksDescription', ['label']],
  ['pack.noteReadable', []],
])('%s uses only the values its script gives', (key, given) => {
  for (const name of placeholders(zhCN[key])) expect(given, `{${name}}`).toContain(name);
});
