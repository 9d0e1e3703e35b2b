import { expect, test } from 'vitest';
import { rowFilterAttrs, usedOptions } from './explorer';

test('a row’s filter values become space-separated data attributes, absent values dropped', () => {
  expect(rowFilterAttrs({ industry: ['tech-services', 'modern-commerce'], platform: [undefined] })).toEqual({
    'data-f-industry': 'tech-services modern-commerce',
    'data-f-platform': '',
  });
});

test('keys and values that would break the attribute format or the URL are refused with a message', () => {
  expect(() => rowFilterAttrs({ 'Bad-Key': ['x'] })).toThrow('explorer filter key "Bad-Key" must be lowercase letters');
  expect(() => rowFilterAttrs({ unit: ['a b'] })).toThrow('explorer filter value "a b" (unit) must not contain spaces');
  expect(() => rowFilterAttrs({ sort: ['name'] })).toThrow(
    'explorer filter key "sort" is taken: the URL uses ?sort= for the sorted column',
  );
  expect(() => rowFilterAttrs({ q: ['x'] })).toThrow('explorer filter key "q" is taken');
});

test('filter options list only values some row has, in the given order', () => {
  const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  expect(usedOptions(entries, (e) => e.id.toUpperCase(), [{ x: ['c'] }, { x: ['a', 'c'] }], 'x')).toEqual([
    { value: 'a', label: 'A' },
    { value: 'c', label: 'C' },
  ]);
});
