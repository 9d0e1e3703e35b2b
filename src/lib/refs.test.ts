import { expect, test } from 'vitest';
import { isRef } from './refs';

test('a reference is exactly { collection, id } with strings', () => {
  expect(isRef({ collection: 'units', id: 'commerce-bureau' })).toBe(true);
  expect(isRef({ collection: 'units', id: 'x', note: 'y' })).toBe(false);
  expect(isRef({ collection: 'units', id: 3 })).toBe(false);
  expect(isRef({ id: 'x', source: 's2-1-p1' })).toBe(false);
  expect(isRef(['units', 'x'])).toBe(false);
  expect(isRef(null)).toBe(false);
});
