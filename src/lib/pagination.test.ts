import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems } from './pagination';

describe('pagination', () => {
  it('counts pages, an empty list keeping its one page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(10_000, 100)).toBe(100);
    expect(() => pageCount(5, 0)).toThrow(/positive whole number/);
  });

  it('gives every item exactly once, in order, across the pages', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = [1, ...laterPages(items.length, 10)];
    expect(pages).toEqual([1, 2, 3]);
    expect(pages.flatMap((p) => pageItems(items, p, 10))).toEqual(items);
    expect(pageItems(items, 3, 10)).toEqual([20, 21, 22]);
  });

  it('has no later pages when everything fits, and refuses a page that does not exist', () => {
    expect(laterPages(60, 100)).toEqual([]);
    expect(() => pageItems([1, 2, 3], 2, 10)).toThrow(/not a page/);
    expect(() => pageItems([1, 2, 3], 0, 10)).toThrow(/not a page/);
  });
});
