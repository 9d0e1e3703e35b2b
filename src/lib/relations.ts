// Everything the pages show that is derived from the content rather than written in it: who answers for
// what, which targets, platforms and projects belong to an industry, category totals. Computed once, here.
import { paths } from './paths';
import { planBlocks, type PlanBlock, type PlanTree } from './plan-text';
import { listCoverage, printedLists, type ListCoverage, type PrintedList } from './responsibility-lists';
import type { Fact } from '../schemas/question';
import { TARGET_UNIT } from '../schemas/target';
import { formatCount, isoDateFromChinese } from './format';
import { fill } from './template';
import { PAGE_SIZE } from './pagination';
import { groupBy, lazy } from './group';
import type { Collections, Data, Entry } from './types';

export type Duty = {
  kind: 'industry' | 'programme' | 'projectCategory';
  id: string;
  name: string;
  href: string;
  scope?: string | undefined;
  source: string;
};

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) => a.data.number - b.data.number;

export function buildSite(c: Collections): Site {
  const plan = c.plan[0]!;
  const tree = plan.data.tree as PlanTree;
  const blocks = new Map<string, PlanBlock>(planBlocks(tree).map((b) => [b.id, b]));
  // Document order: where a phrase first stands in the plan (block, then position within it).
  const order = new Map(planBlocks(tree).map((b, i) => [b.id, i]));
  const position = (id: string, phrase: string) => (order.get(id) ?? 0) * 100_000 + Math.max(0, blocks.get(id)?.text.indexOf(phrase) ?? 0);
  // Ties (a name that starts another, e.g. 区服务业发展领导小组) are broken by id, so the order is total.
  const inPlanOrder = <T extends { id: string }>(list: T[], key: (e: T) => number) =>
    [...list].sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id));
  const targets = inPlanOrder(c.targets, (t) =>
    position(
      t.data.sources.find((id) => blocks.get(id)?.text.includes(t.data.quote))!,
      t.data.quote,
    ),
  );
  const projects = inPlanOrder(c.projects, (p) => position(p.data.sources[0]!, p.data.name));
  const platforms = inPlanOrder(c.platforms, (p) => position(p.data.sources[0]!, p.data.name));
  const fullText = planBlocks(tree)
    .map((b) => b.text)
    .join('\n');
  // A unit the text never writes in full (only by an alias) goes last: indexOf's -1 as unsigned is huge.
  const units = inPlanOrder(c.units, (u) => fullText.indexOf(u.data.name) >>> 0);
  const projectCategories = inPlanOrder(c.projectCategories, (cat) => position(cat.data.source, cat.data.fullName));
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
    questions: index(c.questions),
  };

  // Who answers for what: every responsibility of every entity, inverted to its units.
  const duties = new Map<string, Duty[]>(units.map((u) => [u.id, []]));
  /** Paragraph id → the units its 责任单位 list names. */
  const clauseUnits = new Map<string, string[]>();
  const owners: [
    Duty['kind'],
    { id: string; data: { name: string; responsibilities: Data<'industries'>['responsibilities'] } }[],
    (id: string) => string,
  ][] = [
    ['industry', industries, paths.industry],
    ['programme', programmes, paths.programme],
    ['projectCategory', projectCategories.map((e) => ({ ...e, data: { ...e.data, name: e.data.fullName } })), paths.projectCategory],
  ];
  for (const [kind, entries, href] of owners) {
    for (const e of entries) {
      for (const r of e.data.responsibilities) {
        for (const u of r.units)
          duties.get(u.id)?.push({ kind, id: e.id, name: e.data.name, href: href(e.id), scope: r.scope, source: r.source });
        clauseUnits.set(r.source, [...(clauseUnits.get(r.source) ?? []), ...r.units.map((u) => u.id)]);
      }
    }
  }

  /** Roles the text of 四 gives a unit: not 责任单位 lists, so kept apart from duties. */
  const roles = new Map<string, { measure: Entry<'measures'>; text: string }[]>(units.map((u) => [u.id, []]));
  for (const m of measures) for (const r of m.data.roles) roles.get(r.unit.id)?.push({ measure: m, text: r.text });

  /** The plan's 责任单位 lists, as printed, by paragraph id. */
  const lists = new Map(printedLists(planBlocks(tree)).map((l) => [l.source, l]));

  const coverage = listCoverage(tree);
  const facts: Record<Fact, string> = {
    taskParagraphs: formatCount(coverage.taskParagraphs),
    withOwnList: formatCount(coverage.withOwnList),
    coveredBySubsectionList: formatCount(coverage.coveredBySubsectionList),
    sharedListSubsections: coverage.sharedListSubsections.join('、'),
    lists: formatCount(coverage.lists),
    listsNamingDepartments: formatCount(coverage.listsNamingDepartments),
    listsNamingNoDepartment: formatCount(coverage.lists - coverage.listsNamingDepartments),
    supportParagraphs: formatCount(coverage.supportParagraphs),
  };

  const unitsOfClause = (paragraphId: string) => [...new Set(clauseUnits.get(paragraphId) ?? [])].map((id) => maps.units.get(id)!);

  const unitsOf = (responsibilities: Data<'industries'>['responsibilities']) => {
    const seen = new Set<string>();
    return responsibilities
      .flatMap((r) => r.units)
      .filter((u) => !seen.has(u.id) && seen.add(u.id))
      .map((u) => maps.units.get(u.id)!);
  };

  /**
   * The units that answer for a target: those of its industry's or programme's clauses (a clause scoped to
   * one part of a programme only for targets it states), and those of its project category.
   */
  const unitsOfTarget = (t: Entry<'targets'>) => {
    const owner = t.data.industry
      ? maps.industries.get(t.data.industry.id)
      : t.data.programme
        ? maps.programmes.get(t.data.programme.id)
        : undefined;
    const category = t.data.category && maps.projectCategories.get(t.data.category.id);
    return unitsOf([
      ...(owner?.data.responsibilities ?? []).filter((r) => !r.scope || t.data.sources.includes(r.source)),
      ...(category ? category.data.responsibilities : []),
    ]);
  };

  /** Which industry or programme a target belongs to; plan-wide targets belong to the plan's main goals. */
  /** `label` is the industry's or programme's name; a plan-wide target has none (the interface names it). */
  const ownerOfTarget = (t: Entry<'targets'>): TargetOwner => {
    if (t.data.industry)
      return { kind: 'industry', label: maps.industries.get(t.data.industry.id)!.data.name, href: paths.industry(t.data.industry.id) };
    if (t.data.programme)
      return { kind: 'programme', label: maps.programmes.get(t.data.programme.id)!.data.name, href: paths.programme(t.data.programme.id) };
    return { kind: 'plan', href: paths.targetsOwnedBy('plan') };
  };

  // Who has which targets, projects and platforms, indexed once: pages ask per entity, and a scan per page of every
  // target or project grows with the square of the content. Each answer is a fresh list, in the content's order.
  const listOf =
    <K, T>(index: () => Map<K, T[]>) =>
    (key: K) => [...(index().get(key) ?? [])];
  const targetsOfIndustry = listOf(lazy(() => groupBy(targets, (t) => [t.data.industry?.id])));
  const targetsOfProgramme = listOf(lazy(() => groupBy(targets, (t) => [t.data.programme?.id])));
  const planTargets = targets.filter((t) => !t.data.industry && !t.data.programme);
  /** Targets stated among the plan's main goals, 一（二）. */
  const headlineTargets = targets.filter((t) => t.data.sources.some((s) => s.startsWith('s1-2-')));

  const categories = projectCategories.map((cat) => {
    const own = targets.filter((t) => t.data.category?.id === cat.id);
    return {
      entry: cat,
      count: own.find((t) => t.data.unit === TARGET_UNIT.count),
      investment: own.find((t) => t.data.unit === TARGET_UNIT.amount),
      projects: projects.filter((p) => p.data.category?.id === cat.id),
      units: unitsOf(cat.data.responsibilities),
    };
  });

  const withRole = (role: NonNullable<Data<'targets'>['role']>) => targets.filter((t) => t.data.role === role);
  const [headline] = withRole('headline');
  if (!headline) throw new Error('content/targets.yaml: no target has role: headline (the value added of services, the "1" of 1616)');
  const totals = withRole('projects-total');
  const projectTotals = {
    count: totals.find((t) => t.data.unit === TARGET_UNIT.count),
    investment: totals.find((t) => t.data.unit === TARGET_UNIT.amount),
  };

  const categoriesOfProgramme = (id: string) =>
    categories.filter((c) => c.count?.data.programme?.id === id || c.investment?.data.programme?.id === id);

  // Which page of /targets/ holds each target's row, so links to a target land on it however long the list grows.
  const targetPages = new Map(targets.map((x, i) => [x.id, Math.floor(i / PAGE_SIZE) + 1]));

  const unitsOfProject = (p: Entry<'projects'>) => unitsOfClause(p.data.sources[0]!);
  const categoryById = new Map<string, CategorySummary>();
  for (const cat of categories) if (!categoryById.has(cat.entry.id)) categoryById.set(cat.entry.id, cat);

  return {
    plan,
    title: tree.title.map((b) => b.text).join(''),
    issued: isoDateFromChinese(plan.data.date.text),
    tree,
    blocks,
    industries,
    programmes,
    measures,
    platforms,
    projects,
    targets,
    units,
    glossary: [...c.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN') || a.id.localeCompare(b.id)),
    categories,
    questions: c.questions.map((q) => ({ ...q, data: { ...q.data, answer: fill(q.data.answer, facts) } })),
    changes: [...c.changes].sort((a, b) => a.data.date.localeCompare(b.data.date)),
    maps,
    duties,
    roles,
    printedList: (paragraphId: string) => lists.get(paragraphId),
    listCoverage: coverage,
    facts,
    unitsOf,
    planTargets,
    headlineTargets,
    headline,
    projectTotals,
    platformsOfProgramme: (id: string) => {
      const own = new Set(maps.programmes.get(id)!.data.sources);
      return platforms.filter((p) => p.data.level !== 'other' && p.data.sources.some((s) => own.has(s)));
    },
    targetsOfIndustry,
    targetsOfProgramme,
    targetHref: (id: string) => paths.target(id, targetPages.get(id)),
    unitsOfTarget,
    ownerOfTarget,
    targetsOfUnit: listOf(lazy(() => groupBy(targets, (t) => unitsOfTarget(t).map((u) => u.id)))),
    projectsOfUnit: listOf(lazy(() => groupBy(projects, (p) => unitsOfProject(p).map((u) => u.id)))),
    categoriesOfProgramme,
    unitsOfProgramme: (id: string) =>
      unitsOf([
        ...maps.programmes.get(id)!.data.responsibilities,
        ...categoriesOfProgramme(id).flatMap((c) => c.entry.data.responsibilities),
      ]),
    platformsOfIndustry: listOf(lazy(() => groupBy(platforms, (p) => p.data.industries.map((r) => r.id)))),
    projectsOfIndustry: listOf(lazy(() => groupBy(projects, (p) => p.data.industries.map((r) => r.id)))),
    projectsOfPlatform: listOf(lazy(() => groupBy(projects, (p) => [p.data.platform?.id]))),
    clauseUnits: unitsOfClause,
    unitsOfProject,
    categoryOfProject: (p: Entry<'projects'>) => (p.data.category ? categoryById.get(p.data.category.id) : undefined),
    label: (paragraphId: string) => blocks.get(paragraphId)?.label ?? paragraphId,
  };
}

/** A target's industry or programme; a plan-wide target has no label (the interface names it, 总体目标). */
export interface TargetOwner {
  kind: 'industry' | 'programme' | 'plan';
  label?: string;
  href: string;
}

/** A project category with its planned count and investment, the projects the plan names in it, and its units. */
export interface CategorySummary {
  entry: Entry<'projectCategories'>;
  count: Entry<'targets'> | undefined;
  investment: Entry<'targets'> | undefined;
  projects: Entry<'projects'>[];
  units: Entry<'units'>[];
}

/** A question whose answer has its counted figures filled in. */
export type AnsweredQuestion = Entry<'questions'>;

/**
 * Everything pages, charts, search and open data read: the content in the plan's order, and what is derived from it.
 * Lists are in the order the plan gives (by number, or by where a name first stands in the text); maps find by id.
 */
export interface Site {
  /** The plan's metadata entry, with the parsed text as `data.tree`. */
  plan: Entry<'plan'>;
  /** The plan's own title: its two title lines, joined. */
  title: string;
  /** The date the plan was issued, ISO (2023-12-29), in every language. */
  issued: string;
  tree: PlanTree;
  /** Every block of the official text by paragraph id (in the English edition, its unofficial English). */
  blocks: Map<string, PlanBlock>;
  industries: Entry<'industries'>[];
  programmes: Entry<'programmes'>[];
  measures: Entry<'measures'>[];
  platforms: Entry<'platforms'>[];
  projects: Entry<'projects'>[];
  targets: Entry<'targets'>[];
  units: Entry<'units'>[];
  /** Glossary terms in pinyin order. */
  glossary: Entry<'glossary'>[];
  categories: CategorySummary[];
  /** Questions in the order content/questions.yaml gives them (most asked first), counted figures filled in. */
  questions: AnsweredQuestion[];
  /** Changes to the content, oldest first; within one day, the file's order. */
  changes: Entry<'changes'>[];
  /** Entries by id. */
  maps: {
    industries: Map<string, Entry<'industries'>>;
    programmes: Map<string, Entry<'programmes'>>;
    platforms: Map<string, Entry<'platforms'>>;
    projects: Map<string, Entry<'projects'>>;
    projectCategories: Map<string, Entry<'projectCategories'>>;
    targets: Map<string, Entry<'targets'>>;
    units: Map<string, Entry<'units'>>;
    glossary: Map<string, Entry<'glossary'>>;
    questions: Map<string, Entry<'questions'>>;
  };
  /** Unit id → every clause whose 责任单位 list names it, grouped by kind of entity, each kind in plan order. */
  duties: Map<string, Duty[]>;
  /** Unit id → what the text of 四 says it does (四 has no 责任单位 lists). */
  roles: Map<string, { measure: Entry<'measures'>; text: string }[]>;
  /** The 责任单位 list a paragraph ends with, as the plan prints it. */
  printedList: (paragraphId: string) => PrintedList | undefined;
  /** How the task paragraphs of 二 and 三 are covered by 责任单位 lists, counted from the text. */
  listCoverage: ListCoverage;
  /** The counted figures answers and prose may name (FACTS in src/schemas/question.ts), formatted. */
  facts: Record<Fact, string>;
  /** The units of some clauses, each once, in the order first named. */
  unitsOf: (responsibilities: Data<'industries'>['responsibilities']) => Entry<'units'>[];
  /** Targets neither of an industry nor of a programme. */
  planTargets: Entry<'targets'>[];
  /** Targets stated among the plan's main goals, 一（二）. */
  headlineTargets: Entry<'targets'>[];
  /** The "1" of "1616": the target marked role: headline (服务业增加值). */
  headline: Entry<'targets'>;
  /** The plan-wide project count and investment the three categories add up to (role: projects-total). */
  projectTotals: { count: Entry<'targets'> | undefined; investment: Entry<'targets'> | undefined };
  /** The platforms a programme builds: the levelled ones (世界级, 国家级, 省级) standing in its clauses. */
  platformsOfProgramme: (programmeId: string) => Entry<'platforms'>[];
  targetsOfIndustry: (industryId: string) => Entry<'targets'>[];
  /** A target's row on its page of /targets/ (src/lib/pagination.ts). */
  targetHref: (targetId: string) => string;
  targetsOfProgramme: (programmeId: string) => Entry<'targets'>[];
  /** The units of a target's clauses (and of its project category). */
  unitsOfTarget: (target: Entry<'targets'>) => Entry<'units'>[];
  ownerOfTarget: (target: Entry<'targets'>) => TargetOwner;
  targetsOfUnit: (unitId: string) => Entry<'targets'>[];
  /** The projects a unit answers for: those standing in a clause whose 责任单位 list names it. */
  projectsOfUnit: (unitId: string) => Entry<'projects'>[];
  /** A programme's project categories: those whose targets it owns (三（三）for 重大项目支撑工程). */
  categoriesOfProgramme: (programmeId: string) => CategorySummary[];
  /** Units named for a programme, including those the plan names per project category. */
  unitsOfProgramme: (programmeId: string) => Entry<'units'>[];
  platformsOfIndustry: (industryId: string) => Entry<'platforms'>[];
  projectsOfIndustry: (industryId: string) => Entry<'projects'>[];
  projectsOfPlatform: (platformId: string) => Entry<'projects'>[];
  /** The units a paragraph's 责任单位 list names (none for most paragraphs). */
  clauseUnits: (paragraphId: string) => Entry<'units'>[];
  /** The plan names units per clause, not per project: a project answers to the units of the clause it stands in. */
  unitsOfProject: (project: Entry<'projects'>) => Entry<'units'>[];
  categoryOfProject: (project: Entry<'projects'>) => CategorySummary | undefined;
  /** A paragraph's citation label (二（一）¶1), or the id when there is no such paragraph. */
  label: (paragraphId: string) => string;
}
