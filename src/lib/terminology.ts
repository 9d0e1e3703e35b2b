// The terminology table (content/terminology.yaml) against the content: every official name has one entry, every
// entry names something, and each name has one English rendering that no other name shares. Pure: the caller reads
// the files. The English edition reads the table through src/i18n/english-input.ts.
import type { CollectionName } from '../schemas/common';
import type { TerminologyEntry } from '../schemas/terminology';

/** Where the table lives in content/. It is not a content collection, so it is not in CONTENT_FILES. */
export const TERMINOLOGY_FILE = 'terminology.yaml';

/** The fields of each collection that hold an official name: one name, or a list of them. */
export const NAME_FIELDS = {
  units: ['name', 'aliases', 'officialName'],
  industries: ['name'],
  programmes: ['name', 'shortName'],
  platforms: ['name'],
  projects: ['name'],
  projectCategories: ['name', 'fullName'],
} as const satisfies Partial<Record<CollectionName, readonly string[]>>;

export type NamedCollection = keyof typeof NAME_FIELDS;

interface Entry<T> {
  id: string;
  data: T;
}

/** Official name → where it is used (`units/economy-it-bureau.aliases`, `plan.title`), in content order. */
export function officialNames(
  collections: Record<NamedCollection, readonly Entry<Record<string, unknown>>[]>,
  planTitle: string,
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, where: string) => names.set(name, [...(names.get(name) ?? []), where]);
  add(planTitle, 'plan.title');
  for (const [collection, fields] of Object.entries(NAME_FIELDS) as [NamedCollection, readonly string[]][]) {
    for (const { id, data } of collections[collection]) {
      for (const field of fields) {
        const value = data[field];
        const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
        for (const v of values) if (typeof v === 'string' && v.trim()) add(v.trim(), `${collection}/${id}.${field}`);
      }
    }
  }
  return names;
}

/** How two renderings are compared: case, spacing and apostrophes do not make a name different. */
const sameText = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Everything wrong with the table, as messages naming the entry; empty when the table is complete and consistent. */
export function terminologyProblems(table: readonly Entry<TerminologyEntry>[], names: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const byZh = new Map<string, Entry<TerminologyEntry>>();
  for (const e of table) {
    const first = byZh.get(e.data.zh);
    if (first) problems.push(`${e.id}: "${e.data.zh}" already has an entry (${first.id}); a name has one entry`);
    else byZh.set(e.data.zh, e);
  }

  for (const [zh, where] of names) {
    if (!byZh.has(zh)) problems.push(`"${zh}" (${where.join(', ')}) has no entry: add its English rendering and pinyin`);
  }
  for (const e of table) {
    if (!names.has(e.data.zh)) problems.push(`${e.id}: "${e.data.zh}" is not an official name in the content; remove the entry or fix zh`);
  }

  // One rendering per name and one name per rendering; `sameAs` marks a shared rendering as deliberate.
  for (const e of table) {
    if (e.data.sameAs === undefined) continue;
    const target = byZh.get(e.data.sameAs);
    if (!target) problems.push(`${e.id}: sameAs "${e.data.sameAs}" is not the zh of an entry`);
    else if (target.data.sameAs !== undefined)
      problems.push(`${e.id}: sameAs "${e.data.sameAs}", which has a sameAs itself; name that one`);
    else if (target.data.en !== e.data.en)
      problems.push(`${e.id}: sameAs "${e.data.sameAs}" but its English differs: "${e.data.en}" / "${target.data.en}"`);
  }
  const canonical = (e: Entry<TerminologyEntry>) => e.data.sameAs ?? e.data.zh;
  const byEn = new Map<string, Entry<TerminologyEntry>>();
  for (const e of table) {
    const key = sameText(e.data.en);
    const other = byEn.get(key);
    if (!other) byEn.set(key, e);
    else if (canonical(other) !== canonical(e))
      problems.push(
        `${e.id}: "${e.data.zh}" and "${other.data.zh}" (${other.id}) are both rendered "${e.data.en}"; give each its own, or set sameAs`,
      );
  }

  // A name inside a longer name keeps its rendering there: 鉴水科技城 in 鉴水科技城专班.
  for (const inner of table) {
    for (const outer of table) {
      if (inner.data.zh === outer.data.zh || !outer.data.zh.includes(inner.data.zh)) continue;
      if (!sameText(outer.data.en).includes(sameText(inner.data.en)))
        problems.push(
          `${outer.id}: "${outer.data.zh}" contains "${inner.data.zh}", but "${outer.data.en}" does not contain its rendering "${inner.data.en}"`,
        );
    }
  }
  return problems;
}
