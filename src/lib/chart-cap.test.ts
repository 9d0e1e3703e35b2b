import { describe, expect, it } from 'vitest';
import { capGroups, capRows, CHART_CAP } from './chart-cap';

describe('capRows', () => {
  it('keeps a list that fits whole, with nothing left out', () => {
    const items = Array.from({ length: CHART_CAP }, (_, i) => i);
    expect(capRows(items)).toEqual({ shown: items, rest: 0 });
    expect(capRows([])).toEqual({ shown: [], rest: 0 });
  });

  it('draws the first rows of a longer list and counts the rest', () => {
    const items = Array.from({ length: 1333 }, (_, i) => i);
    const { shown, rest } = capRows(items);
    expect(shown).toEqual(items.slice(0, CHART_CAP));
    expect(shown.length + rest).toBe(items.length);
    expect(capRows(items, 3)).toEqual({ shown: [0, 1, 2], rest: 1330 });
    expect(() => capRows(items, 0)).toThrow(/positive whole number/);
  });
});

describe('capGroups', () => {
  it('keeps groups that fit whole, leaving out empty ones', () => {
    expect(capGroups([[1, 2], [], [3]], 5)).toEqual({ shown: [[1, 2], [3]], rest: 0 });
  });

  it('shares the cap out a row to each group in turn, so a small group is shown whole', () => {
    const big = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const mid = Array.from({ length: 30 }, (_, i) => `b${i}`);
    const small = ['c0', 'c1'];
    const { shown, rest } = capGroups([big, small, mid], 10);
    expect(shown).toEqual([big.slice(0, 4), small, mid.slice(0, 4)]);
    expect(rest).toBe(132 - 10);
  });

  it('draws one row of each of the first groups when there are more groups than the cap', () => {
    const groups = Array.from({ length: 5 }, (_, g) => [g * 10, g * 10 + 1]);
    expect(capGroups(groups, 3)).toEqual({ shown: [[0], [10], [20]], rest: 7 });
  });
});
