import { expect, test } from 'vitest';
import { filterSummary } from './filter-summary';

const words = { none: 'Filters', some: 'Filters ({n}: {values})', separator: ', ' };

test('the label alone while nothing is chosen', () => {
  expect(filterSummary(words, [])).toBe('Filters');
  expect(filterSummary(words, ['', '  '])).toBe('Filters');
});

test('how many filters are set and their values, in order', () => {
  expect(filterSummary(words, ['', 'Culture', ' Tourism '])).toBe('Filters (2: Culture, Tourism)');
});
