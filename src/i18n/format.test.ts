import { describe, expect, test } from 'vitest';
import { formatTargetValue, formatTiming } from './format';

describe('formatTargetValue', () => {
  test('states the comparator in the plan’s words', () => {
    expect(formatTargetValue({ value: 1000, unit: '亿元', comparator: 'reach' })).toBe('1000亿元');
    expect(formatTargetValue({ value: 600, unit: '亿元', comparator: 'at-least' })).toBe('600亿元以上');
    expect(formatTargetValue({ value: 65, unit: '%', comparator: 'exceed' })).toBe('突破65%');
  });
});

describe('formatTiming', () => {
  test('says when, or that the plan does not say', () => {
    expect(formatTiming({ by: 2026, yearly: false })).toBe('到2026年');
    expect(formatTiming({ yearly: true })).toBe('每年');
    expect(formatTiming({ yearly: false })).toBe('方案未写明期限');
  });
});
