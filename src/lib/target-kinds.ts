// Targets fall into three kinds by their unit: amounts in 亿元, shares in %, and counts of things (家、个、名…).
// Only within a kind can figures be compared, so charts draw one panel per kind and tables group by it.

import { TARGET_UNIT } from '../schemas/target';

/** The kinds, in the order pages show them; their names are the string table's (targetKind.<id>). */
export const TARGET_KINDS = [
  { id: 'amount', test: (unit: string) => unit === TARGET_UNIT.amount },
  { id: 'share', test: (unit: string) => unit === TARGET_UNIT.share },
  { id: 'count', test: (unit: string) => unit !== TARGET_UNIT.amount && unit !== TARGET_UNIT.share },
] as const;

export type TargetKind = (typeof TARGET_KINDS)[number]['id'];

export const targetKind = (unit: string): TargetKind => TARGET_KINDS.find((k) => k.test(unit))!.id;
