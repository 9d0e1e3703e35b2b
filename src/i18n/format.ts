// A target's figure and deadline in words: the figure from the one formatter (src/lib/format.ts), the words
// (以上, 突破, 每年, 到…年) from the string table.
import { formatQuantity } from '../lib/format';
import { TARGET_UNIT } from '../schemas/target';
import { DATA_DICTIONARY_EN } from './data-dictionary-en';
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

const HEDGE_KEYS = { 力争: 'hedge.aim', 争取: 'hedge.strive', 争创: 'hedge.striveToWin' } as const;

/** A hedge word on its own (力争, "aims to"); a value that is not one comes back as it is. */
export function formatHedgeWord(hedge: string): string {
  return hedge in HEDGE_KEYS ? t(HEDGE_KEYS[hedge as keyof typeof HEDGE_KEYS]) : hedge;
}

/** The plan's hedge word before a target's figure, in the page's language: 力争, "aims to reach". Empty without one. */
export function formatHedge(x: Pick<Target, 'hedge' | 'comparator'>): string {
  if (!x.hedge) return '';
  // "exceed" carries its own verb in English; a plain figure and "at least" need "reach".
  const hedge = t(HEDGE_KEYS[x.hedge]);
  return x.comparator === 'exceed' ? hedge : t('hedge.withVerb', { hedge });
}

/** Hedge and figure together: 力争1000亿元, "aims to reach RMB 100 billion". */
export function formatHedgedValue(x: Pick<Target, 'hedge' | 'value' | 'unit' | 'comparator'>): string {
  const hedge = formatHedge(x);
  const value = formatTargetValue(x);
  return hedge ? t('format.hedged', { hedge, value }) : value;
}

/** A target's unit as a chart heading or table column: 亿元 / "RMB 100 million"; 家 / "number"; % either way. */
export function formatUnit(unit: string): string {
  if (unit === TARGET_UNIT.share || renderLocale() === 'zh-CN') return unit;
  return unit === TARGET_UNIT.amount ? t('unit.amount') : t('unit.count');
}

/** A data dictionary description (the schemas' `.describe()`, Chinese) in the language of the current render. */
export function describeField(description: string): string {
  return renderLocale() === 'en' ? (DATA_DICTIONARY_EN[description] ?? description) : description;
}
