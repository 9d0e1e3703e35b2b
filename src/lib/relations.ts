// Everything the pages show that is derived from the content rather than written in it: who answers for
// what, which targets, platforms and projects belong to an industry, category totals. Computed once, here.
import { formatQuantity } from './format';
import { paths } from './paths';
import { planBlocks, type PlanBlock, type PlanTree } from './plan-text';
import type { Collections, Data, Entry } from './types';

export type Duty = {
  kind: 'industry' | 'programme' | 'projectCategory' | 'measure';
  id: string;
  name: string;
  href: string;
  scope?: string | undefined;
  source: string;
};

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) => a.data.number - b.data.number;

export function buildSite(c: Collections) {
  const plan = c.plan[0]!;
  const tree = plan.data.tree as PlanTree;
  const blocks = new Map<string, PlanBlock>(planBlocks(tree).map((b) => [b.id, b]));
  const industries = [...c.industries].sort(byNumber);
  const programmes = [...c.programmes].sort(byNumber);
  const measures = [...c.measures].sort(byNumber);
  const index = <C extends keyof Collections>(list: Entry<C>[]) => new Map(list.map((e) => [e.id, e]));
  const maps = {
    industries: index(c.industries),
    programmes: index(c.programmes),
    platforms: index(c.platforms),
    projects: index(c.projects),
    projectCategories: index(c.projectCategories),
    targets: index(c.targets),
    units: index(c.units),
    glossary: index(c.glossary),
  };

  const has = (refs: { id: string }[] | undefined, id: string) => !!refs?.some((r) => r.id === id);

  // Who answers for what: every responsibility of every entity, inverted to its units.
  const duties = new Map<string, Duty[]>(c.units.map((u) => [u.id, []]));
  /** Paragraph id → the units its 责任单位 list names. */
  const clauseUnits = new Map<string, string[]>();
  const owners: [Duty['kind'], { id: string; data: { name: string; responsibilities: Data<'industries'>['responsibilities'] } }[], (id: string) => string][] = [
    ['industry', industries, paths.industry],
    ['programme', programmes, paths.programme],
    ['projectCategory', c.projectCategories.map((e) => ({ ...e, data: { ...e.data, name: e.data.fullName } })), paths.projectCategory],
    ['measure', measures, paths.measure],
  ];
  for (const [kind, entries, href] of owners) {
    for (const e of entries) {
      for (const r of e.data.responsibilities) {
        for (const u of r.units) duties.get(u.id)?.push({ kind, id: e.id, name: e.data.name, href: href(e.id), scope: r.scope, source: r.source });
        clauseUnits.set(r.source, [...(clauseUnits.get(r.source) ?? []), ...r.units.map((u) => u.id)]);
      }
    }
  }

  const unitsOf = (responsibilities: Data<'industries'>['responsibilities']) => {
    const seen = new Set<string>();
    return responsibilities.flatMap((r) => r.units).filter((u) => !seen.has(u.id) && seen.add(u.id)).map((u) => maps.units.get(u.id)!);
  };

  const targetsOfIndustry = (id: string) => c.targets.filter((t) => t.data.industry?.id === id);
  const targetsOfProgramme = (id: string) => c.targets.filter((t) => t.data.programme?.id === id);
  const planTargets = c.targets.filter((t) => !t.data.industry && !t.data.programme);
  /** Targets stated among the plan's main goals, 一（二）. */
  const headlineTargets = c.targets.filter((t) => t.data.sources.some((s) => s.startsWith('s1-2-')));

  const categories = c.projectCategories.map((cat) => {
    const own = c.targets.filter((t) => t.data.category?.id === cat.id);
    return {
      entry: cat,
      count: own.find((t) => t.data.unit === '个'),
      investment: own.find((t) => t.data.unit === '亿元'),
      projects: c.projects.filter((p) => p.data.category?.id === cat.id),
      units: unitsOf(cat.data.responsibilities),
    };
  });

  return {
    plan,
    tree,
    blocks,
    industries,
    programmes,
    measures,
    platforms: c.platforms,
    projects: c.projects,
    targets: c.targets,
    units: c.units,
    glossary: c.glossary,
    categories,
    maps,
    duties,
    unitsOf,
    planTargets,
    headlineTargets,
    targetsOfIndustry,
    targetsOfProgramme,
    platformsOfIndustry: (id: string) => c.platforms.filter((p) => has(p.data.industries, id)),
    projectsOfIndustry: (id: string) => c.projects.filter((p) => has(p.data.industries, id)),
    projectsOfPlatform: (id: string) => c.projects.filter((p) => p.data.platform?.id === id),
    /** The plan names units per clause, not per project: a project answers to the units of the clause it stands in. */
    unitsOfProject: (p: Entry<'projects'>) => [...new Set(clauseUnits.get(p.data.sources[0]!) ?? [])].map((id) => maps.units.get(id)!),
    categoryOfProject: (p: Entry<'projects'>) => categories.find((cat) => cat.entry.id === p.data.category?.id),
    label: (paragraphId: string) => blocks.get(paragraphId)?.label ?? paragraphId,
    formatQuantity,
  };
}

export type Site = ReturnType<typeof buildSite>;
