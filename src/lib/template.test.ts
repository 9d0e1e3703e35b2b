import { describe, expect, test } from 'vitest';
import { fill, placeholders } from './template';

describe('fill', () => {
  test('replaces every placeholder, each as often as it stands', () => {
    expect(fill('找到 {n} 条与“{q}”相关的结果；{n} 条', { n: 3, q: '黄酒' })).toBe('找到 3 条与“黄酒”相关的结果；3 条');
  });
  test('leaves text without placeholders alone and ignores extra values', () => {
    expect(fill('没有结果', { n: 1 })).toBe('没有结果');
  });
  test('refuses a placeholder without a value, naming it', () => {
    expect(() => fill('共{n}{noun}', { n: 2 })).toThrow('no value for {noun} in "共{n}{noun}"');
  });
  test('does not re-read a value that itself looks like a placeholder', () => {
    expect(fill('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
  });
});

test('placeholders lists each name once, in order', () => {
  expect(placeholders('{shown}/{n}{noun}，共{n}')).toEqual(['shown', 'n', 'noun']);
});
