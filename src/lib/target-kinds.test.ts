import { expect, test } from 'vitest';
import { targetKind } from './target-kinds';

test('a target’s kind follows its unit', () => {
  expect(targetKind('亿元')).toBe('amount');
  expect(targetKind('%')).toBe('share');
  expect(['家', '个', '名', '幢'].map(targetKind)).toEqual(['count', 'count', 'count', 'count']);
});
