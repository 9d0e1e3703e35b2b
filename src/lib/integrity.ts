// Checks that span collections, which a per-entry schema cannot see. Astro only logs a dangling reference(),
// so the portal checks every reference itself and fails the build, naming the file, entry and field.
import type { CollectionName } from '../schemas/common';
import { TARGET_UNIT } from '../schemas/target';
import { isRef } from './refs';
import { LIST_LABEL, listLine, printedList } from './responsibility-lists';
import type { Collections } from './types';

import { formatProblems, type Problem } from './problems';

export { formatProblems, type Problem };

/** Every `{ collection, id }` in `value`, with its field path. */
function* refsIn(value: unknown, path: string): Generator<{ path: string; collection: string; id: string }> {
  if (isRef(value)) yield { path, ...value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* refsIn(v, `${path}.${i}`);
  else if (typeof value === 'object' && value !== null && path !== 'tree')
    for (const [k, v] of Object.entries(value)) yield* refsIn(v, path ? `${path}.${k}` : k);
}

export function checkIntegrity(collections: Collections, paragraphs: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const units = new Map(collections.units.map((u) => [u.id, u.data]));
  /** Paragraph id → the 责任单位 list it ends with, as printed. */
  const lists = new Map(
    [...paragraphs].flatMap(([id, text]) => {
      const list = printedList({ id, text });
      return list ? [[id, list] as const] : [];
    }),
  );
  /** Paragraph id → the entries that give its list. */
  const covered = new Map<string, string[]>();

  for (const [name, entries] of Object.entries(collections) as [CollectionName, Collections[CollectionName]][]) {
    for (const entry of entries) {
      const at = (field: string, message: string) =>
        problems.push({ file: entry.filePath ?? `content/${name}`, entry: entry.id, field, message });

      for (const ref of refsIn(entry.data, '')) {
        if (!ids.get(ref.collection)?.has(ref.id)) at(ref.path, `unknown ${ref.collection} id "${ref.id}"`);
      }
      // A clause's units must be its printed 责任单位 list, unit for unit and in order.
      const responsibilities = (entry.data as { responsibilities?: { source: string; units: { id: string }[] }[] }).responsibilities ?? [];
      responsibilities.forEach((r, i) => {
        const printed = lists.get(r.source);
        if (!printed) {
          at(
            `responsibilities.${i}.source`,
            `${r.source} has no ${LIST_LABEL} list: cite the paragraph that ends with "（${LIST_LABEL}：…）"`,
          );
          return;
        }
        covered.set(r.source, [...(covered.get(r.source) ?? []), `${entry.filePath ?? name} → ${entry.id}`]);
        const written = r.units.map((u) => units.get(u.id));
        const same =
          written.length === printed.items.length && written.every((u, j) => u && [u.name, ...u.aliases].includes(printed.items[j]!));
        if (!same && written.every(Boolean)) {
          at(
            `responsibilities.${i}.units`,
            `the ${LIST_LABEL} list of ${r.source} reads "${listLine(printed)}": list exactly those units, in that order (this entry has ${written.map((u) => u!.name).join('、')})`,
          );
        }
      });
    }
  }

  // Every list the plan prints belongs to exactly one entry.
  for (const [source, list] of lists) {
    const owners = covered.get(source) ?? [];
    if (owners.length !== 1) {
      problems.push({
        file: 'content/',
        entry: source,
        field: 'responsibilities',
        message: owners.length
          ? `the ${LIST_LABEL} list of ${source} is given by ${owners.length} entries (${owners.join('; ')}): keep it in one`
          : `the ${LIST_LABEL} list of ${source} ("${listLine(list)}") is in no entry's responsibilities`,
      });
    }
  }

  // A categorised project must cite its category's clause first, which is what ties it to that category.
  const categories = new Map(collections.projectCategories.map((c) => [c.id, c.data]));
  for (const p of collections.projects) {
    const category = p.data.category && categories.get(p.data.category.id);
    if (category && p.data.sources[0] !== category.source) {
      problems.push({
        file: p.filePath ?? 'content/projects',
        entry: p.id,
        field: 'sources.0',
        message: `a ${category.name} project cites ${category.source} first`,
      });
    }
  }
  // Pages single out targets by role, never by id: each role must be filled as the pages expect.
  const roleCount = (role: string) => collections.targets.filter((t) => t.data.role === role).length;
  if (roleCount('headline') !== 1) {
    problems.push({
      file: 'content/targets.yaml',
      entry: '-',
      field: 'role',
      message: `exactly one target has role: headline (the value added of services, the "1" of 1616); found ${roleCount('headline')}`,
    });
  }
  const totals = collections.targets
    .filter((t) => t.data.role === 'projects-total')
    .map((t) => t.data.unit)
    .sort();
  if (totals.join() !== [TARGET_UNIT.count, TARGET_UNIT.amount].sort().join()) {
    problems.push({
      file: 'content/targets.yaml',
      entry: '-',
      field: 'role',
      message: `role: projects-total marks two targets, the project count (${TARGET_UNIT.count}) and the investment (${TARGET_UNIT.amount})`,
    });
  }
  if (collections.plan.length !== 1) {
    problems.push({ file: 'content/plan/meta.yaml', entry: '-', field: 'id', message: 'exactly one plan entry is expected' });
  }
  return problems;
}
