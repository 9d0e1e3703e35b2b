// The kinds of thing search finds, and the facets it filters by. Shared by the build (index, suggestions)
// and the browser (result labels, filters).

export const ENTITY_TYPES = ['industry', 'programme', 'platform', 'project', 'target', 'unit', 'clause', 'glossary', 'section'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Chinese names of the types, as shown on results and in the type filter. */
export const TYPE_LABEL: Record<EntityType, string> = {
  industry: '重点行业',
  programme: '重点工程',
  platform: '平台载体',
  project: '重大项目',
  target: '目标指标',
  unit: '责任单位',
  clause: '方案条款',
  glossary: '名词解释',
  section: '栏目',
};

/** Filter values of one search record. Values are display names, so the URL reads as the page does. */
export interface Facets {
  type: EntityType;
  industry?: string[];
  unit?: string[];
  category?: string[];
}

export const FILTER_KEYS = ['type', 'industry', 'unit', 'category'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const FILTER_LABEL: Record<FilterKey, string> = { type: '类型', industry: '行业', unit: '责任单位', category: '项目类别' };
