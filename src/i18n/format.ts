// A target's figure and deadline in words: the figure from the one formatter (src/lib/format.ts), the words
// (以上, 突破, 每年, 到…年) from the string table.
import { formatQuantity } from '../lib/format';
import type { Data } from '../lib/types';
import { renderLocale, t } from '.';

type Target = Data<'targets'>;

/** A quantity in the plan's unit, in the language of the current render (1000亿元, RMB 100 billion). */
export function formatAmount(value: number, unit: string): string {
  return formatQuantity(value, unit, renderLocale());
}

/** The target's figure with its comparator, in the plan's words: 1000亿元, 600亿元以上, 突破65%. */
export function formatTargetValue(x: Pick<Target, 'value' | 'unit' | 'comparator'>): string {
  const q = formatAmount(x.value, x.unit);
  if (x.comparator === 'at-least') return t('format.atLeast', { q });
  if (x.comparator === 'exceed') return t('format.exceed', { q });
  return q;
}

/** When the target falls due, or that the plan does not say. */
export function formatTiming(x: Pick<Target, 'by' | 'yearly'>): string {
  if (x.yearly) return t('format.yearly');
  if (x.by) return t('format.by', { year: x.by });
  return t('format.noDeadline');
}
