// The one place figures are turned into text. 亿 = 10^8: 1000亿元 is RMB 100 billion. Language-neutral: the words
// around a figure (以上, 突破, 每年) are the string table's, in src/i18n/format.ts.
import { PLAN_DATE } from '../schemas/plan';
import { TARGET_UNIT } from '../schemas/target';
import type { Data } from './types';

type Target = Data<'targets'>;
export type Locale = 'zh-CN' | 'en';

/** 亿 (yi) is 10^8. */
export const YI = 100_000_000;

const zhNumber = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 });
const enCompact = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * A value in the plan's unit, as text. Chinese keeps the plan's own style (1000亿元, no digit grouping);
 * English converts 亿元 to yuan (RMB 100 billion).
 */
export function formatQuantity(value: number, unit: string, locale: Locale = 'zh-CN'): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a number: ${value}`);
  if (locale === 'zh-CN') return `${zhNumber.format(value)}${unit}`;
  if (unit === TARGET_UNIT.amount) return `RMB ${enCompact.format(value * YI)}`;
  if (unit === TARGET_UNIT.share) return `${enNumber.format(value)}%`;
  return enNumber.format(value);
}

/** 2023年12月29日 → 2023-12-29, for <time datetime> and metadata. */
export function isoDateFromChinese(text: string): string {
  const m = PLAN_DATE.exec(text.trim());
  if (!m) throw new RangeError(`not a Chinese date: ${text}`);
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** Sum of values that share one unit; refuses to add 亿元 to 家. */
export function sumQuantities(items: readonly { value: number; unit: string }[]): { value: number; unit: string } {
  const units = new Set(items.map((i) => i.unit));
  if (units.size !== 1) throw new RangeError(`cannot add different units: ${[...units].join(', ') || 'none'}`);
  return { value: items.reduce((s, i) => s + i.value, 0), unit: items[0]!.unit };
}

/** Sum of targets: "at least" only when every part is at least (400亿元以上 + 100亿元以上 = 600亿元以上). */
export function sumTargets(items: readonly Pick<Target, 'value' | 'unit' | 'comparator'>[]): Pick<Target, 'value' | 'unit' | 'comparator'> {
  const { value, unit } = sumQuantities(items);
  const comparator = items.every((i) => i.comparator === 'at-least') ? 'at-least' : 'reach';
  return { value, unit: unit as Target['unit'], comparator };
}

/** Counts in Chinese text: 6 个 → "6". Kept here so every number shown passes through one formatter. */
export function formatCount(n: number): string {
  return zhNumber.format(n);
}
