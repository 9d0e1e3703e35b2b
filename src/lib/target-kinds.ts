// Targets fall into three kinds by their unit: amounts in 亿元, shares in %, and counts of things (家、个、名…).
// Only within a kind can figures be compared, so charts draw one panel per kind and tables group by it.

export const TARGET_KINDS = [
  { id: 'amount', label: '金额（亿元）', test: (unit: string) => unit === '亿元' },
  { id: 'share', label: '比重（%）', test: (unit: string) => unit === '%' },
  { id: 'count', label: '数量（家、个、名等）', test: (unit: string) => unit !== '亿元' && unit !== '%' },
] as const;

export type TargetKind = (typeof TARGET_KINDS)[number]['id'];

export const targetKind = (unit: string): TargetKind => TARGET_KINDS.find((k) => k.test(unit))!.id;
