import { describe, expect, test } from 'vitest';
import { formatTargetValue } from '../i18n/format';
import { sumTargets, formatCount, formatQuantity, isoDateFromChinese, sumQuantities, YI } from './format';

describe('formatQuantity', () => {
  test('keeps the plan’s own Chinese style, without digit grouping', () => {
    expect(formatQuantity(1000, '亿元')).toBe('1000亿元');
    expect(formatQuantity(75, '%')).toBe('75%');
    expect(formatQuantity(1300, '家')).toBe('1300家');
  });

  test('converts 亿元 for English readers: 亿 is 10^8', () => {
    expect(YI).toBe(1e8);
    expect(formatQuantity(1000, '亿元', 'en')).toBe('RMB 100 billion');
    expect(formatQuantity(600, '亿元', 'en')).toBe('RMB 60 billion');
    expect(formatQuantity(230, '亿元', 'en')).toBe('RMB 23 billion');
    expect(formatQuantity(60, '亿元', 'en')).toBe('RMB 6 billion');
    expect(formatQuantity(1, '亿元', 'en')).toBe('RMB 100 million');
    expect(formatQuantity(65, '%', 'en')).toBe('65%');
    expect(formatQuantity(1300, '家', 'en')).toBe('1,300');
  });

  test('refuses what is not a number', () => {
    expect(() => formatQuantity(Number.NaN, '亿元')).toThrow(RangeError);
  });
});

test('isoDateFromChinese reads the document date', () => {
  expect(isoDateFromChinese('2023年12月29日')).toBe('2023-12-29');
  expect(isoDateFromChinese('2024年1月5日')).toBe('2024-01-05');
  expect(() => isoDateFromChinese('29 December 2023')).toThrow(RangeError);
});

test('sumQuantities adds one unit only', () => {
  expect(
    sumQuantities([
      { value: 400, unit: '亿元' },
      { value: 100, unit: '亿元' },
    ]),
  ).toEqual({ value: 500, unit: '亿元' });
  expect(() =>
    sumQuantities([
      { value: 1, unit: '亿元' },
      { value: 1, unit: '家' },
    ]),
  ).toThrow(/different units/);
  expect(() => sumQuantities([])).toThrow();
});

test('formatCount', () => {
  expect(formatCount(48)).toBe('48');
  expect(formatCount(1300)).toBe('1300');
});

test('sumTargets keeps 以上 only when every part has it', () => {
  const atLeast = (value: number) => ({ value, unit: '亿元' as const, comparator: 'at-least' as const });
  expect(formatTargetValue(sumTargets([atLeast(400), atLeast(100), atLeast(100)]))).toBe('600亿元以上');
  expect(formatTargetValue(sumTargets([atLeast(400), { value: 100, unit: '亿元', comparator: 'reach' }]))).toBe('500亿元');
});
