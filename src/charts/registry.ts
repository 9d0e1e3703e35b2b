// Every chart of the site, fed only from the content: marks, the data table, the JSON download and the
// source paragraphs all come from one place, so the table always matches what is drawn.
import { targetKind } from '../lib/target-kinds';
import { t as ui } from '../i18n/zh-CN';
import { formatCount, formatTargetValue, formatTiming } from '../lib/format';
import { paths } from '../lib/paths';
import type { Site } from '../lib/relations';
import type { Entry } from '../lib/types';
import { bars, type Bar } from './bars';
import { matrix } from './matrix';
import { timeline } from './timeline';
import { tree, type TreeNode } from './tree';
import { waffle } from './waffle';

export interface Chart {
  /** URL-safe id: /charts/<id>.svg, /embed/<id>/. */
  id: string;
  /** The chart module that draws it. */
  kind: 'bars' | 'tree' | 'timeline' | 'waffle' | 'matrix';
  title: string;
  /** One sentence: what the chart shows. */
  caption: string;
  sources: string[];
  /** Where the chart stands on the site. */
  page: string;
  svg: string;
  /**
   * The same chart laid out for narrow screens, where `svg` would shrink its labels below a readable size;
   * the page shows one or the other by the width available. Downloads and embeds use `svg`.
   */
  narrowSvg?: string;
  table: { columns: string[]; rows: (string | number)[][] };
  data: unknown;
}

/** One square of the investment waffle, in 亿元. */
const WAFFLE_UNIT_YI = 10;


function targetPanels(site: Site): Chart[] {
  const kinds = [
    { id: 'targets-amounts', title: '金额目标（亿元）', kind: 'amount', note: '同一比例尺' },
    { id: 'targets-shares', title: '比重目标（%）', kind: 'share', note: '同一比例尺' },
    { id: 'targets-counts', title: '数量目标', kind: 'count', note: '单位各不相同（家、个、名、幢等），条形长度只在同一单位之间可比' },
  ] as const;
  return kinds.map((k) => {
    const list = site.targets.filter((t) => targetKind(t.data.unit) === k.kind).sort((a, b) => b.data.value - a.data.value);
    const data: Bar[] = list.map((t) => ({ label: t.data.label, value: t.data.value, valueLabel: formatTargetValue(t.data), href: paths.target(t.id), tone: t.data.industry ? 0 : t.data.programme ? 1 : 2 }));
    return {
      id: k.id,
      kind: 'bars',
      title: k.title,
      caption: `方案中${formatCount(list.length)}项${k.title}，按数值从大到小排列（${k.note}）。`,
      sources: [...new Set(list.map((t) => t.data.sources[0]!))],
      page: paths.targets(),
      svg: bars(data, {
        id: k.id,
        title: k.title,
        description: `${formatCount(list.length)}项目标的条形图，最大为${data[0]?.label}${data[0]?.valueLabel}。`,
        legend: [{ label: ui('owner.plan'), tone: 2 }, { label: '重点行业', tone: 0 }, { label: '重点工程', tone: 1 }].filter((l) => data.some((d) => d.tone === l.tone)),
      }),
      table: {
        columns: ['指标', '目标值', '期限', '所属', '出处'],
        rows: list.map((t) => [t.data.label, formatTargetValue(t.data), formatTiming(t.data), (site.ownerOfTarget(t).label ?? ui('owner.plan')), t.data.sources.map(site.label).join('、')]),
      },
      data: list.map((t) => ({ id: t.id, label: t.data.label, value: t.data.value, unit: t.data.unit, comparator: t.data.comparator, by: t.data.by ?? null, yearly: t.data.yearly, owner: (site.ownerOfTarget(t).label ?? ui('owner.plan')), sources: t.data.sources })),
    };
  });
}

function structure(site: Site): Chart {
  const valueAdded = site.headline;
  const group = (g: 'consumer' | 'producer', label: string): TreeNode => {
    const list = site.industries.filter((i) => i.data.group === g);
    return { label: `${label}（${formatCount(list.length)}）`, tone: 1, children: list.map((i) => ({ label: i.data.name, href: paths.industry(i.id), tone: 1 })) };
  };
  const root: TreeNode = {
    label: '“1616”专项行动',
    href: paths.plan() + '#s1-2',
    tone: 3,
    children: [
      { label: '“1”：全省现代服务业发展样板区', href: paths.paragraph('s1-2-p2'), tone: 2 },
      { label: `“6”：${formatCount(site.industries.length)}大重点行业`, href: paths.industries(), tone: 1, children: [group('consumer', '生活性服务业'), group('producer', '生产性服务业')] },
      { label: '“1”：服务业增加值', note: `${valueAdded.data.hedge ?? ''}${formatTargetValue(valueAdded.data)}`, href: paths.target(valueAdded.id), tone: 0 },
      { label: `“6”：${formatCount(site.programmes.length)}大重点工程`, href: paths.programmes(), tone: 2, children: site.programmes.map((p) => ({ label: p.data.name, href: paths.programme(p.id), tone: 2 })) },
    ],
  };
  const rows: (string | number)[][] = [];
  const walk = (n: TreeNode, depth: number, parent: string) => {
    rows.push([depth, n.label + (n.note ? ` ${n.note}` : ''), parent, n.href ?? '']);
    n.children?.forEach((c) => walk(c, depth + 1, n.label));
  };
  walk(root, 0, '');
  return {
    id: 'plan-structure',
    kind: 'tree',
    title: '“1616”的结构',
    caption: '“1616”由一个样板区、六大重点行业、一个服务业增加值目标和六大重点工程组成。',
    sources: ['s1-2-p2', 's1-2-p3', 's1-2-p4', 's1-2-p5'],
    page: paths.home(),
    svg: tree(root, { id: 'plan-structure', title: '“1616”的结构', description: `四个部分：样板区、${formatCount(site.industries.length)}大重点行业（分生活性和生产性两组）、服务业增加值目标、${formatCount(site.programmes.length)}大重点工程。` }),
    table: { columns: ['层级', '名称', '上一级', '链接'], rows },
    data: root,
  };
}

function projectWaffles(site: Site): Chart[] {
  const cats = site.categories.filter((c) => c.count && c.investment);
  const tones = [1, 0, 2];
  const totalInvest = site.projectTotals.investment!;
  const totalCount = site.projectTotals.count!;
  const rows = cats.map((c) => [c.entry.data.fullName, formatTargetValue(c.count!.data), formatTargetValue(c.investment!.data), formatCount(c.projects.length), site.label(c.entry.data.source)]);
  const table = { columns: ['类别', '项目数量', '投资', '方案点名的项目', '出处'], rows };
  const data = cats.map((c) => ({ id: c.entry.id, name: c.entry.data.fullName, projects: c.count!.data.value, investmentYi: c.investment!.data.value, investmentComparator: c.investment!.data.comparator, namedProjects: c.projects.map((p) => p.id) }));
  const sources = [...cats.map((c) => c.entry.data.source), ...totalInvest.data.sources];
  return [
    {
      id: 'project-investment',
      kind: 'waffle',
      title: '重大项目投资的分布',
      caption: `方案要求重大服务业项目投资${formatTargetValue(totalInvest.data)}，三类项目各占的份额；每个方块代表${WAFFLE_UNIT_YI}亿元。`,
      sources,
      page: paths.projects(),
      svg: waffle(
        cats.map((c, i) => ({ label: c.entry.data.fullName, count: c.investment!.data.value / WAFFLE_UNIT_YI, totalLabel: formatTargetValue(c.investment!.data), href: paths.projectCategory(c.entry.id), tone: tones[i] ?? 0 })),
        { id: 'project-investment', title: '重大项目投资的分布', description: rows.map((r) => `${r[0]}投资${r[2]}`).join('；'), unitLabel: `${WAFFLE_UNIT_YI}亿元` },
      ),
      table,
      data,
    },
    {
      id: 'project-counts',
      kind: 'waffle',
      title: '重大项目数量的分布',
      caption: `方案要求实施重大服务业项目${formatTargetValue(totalCount.data)}，三类各${cats.map((c) => formatTargetValue(c.count!.data)).join('、')}；每个方块代表一个项目。`,
      sources,
      page: paths.projects(),
      svg: waffle(
        cats.map((c, i) => ({ label: c.entry.data.fullName, count: c.count!.data.value, totalLabel: formatTargetValue(c.count!.data), href: paths.projectCategory(c.entry.id), tone: tones[i] ?? 0 })),
        { id: 'project-counts', title: '重大项目数量的分布', description: rows.map((r) => `${r[0]}${r[1]}`).join('；'), unitLabel: '1个项目' },
      ),
      table,
      data,
    },
  ];
}

function accountability(site: Site): Chart {
  const columns = [
    ...site.industries.map((i) => ({ key: `industry:${i.id}`, label: i.data.name, href: paths.industry(i.id), tone: 1 })),
    ...site.programmes.map((p) => ({ key: `programme:${p.id}`, label: p.data.shortName, href: paths.programme(p.id), tone: 2 })),
    ...site.categories.map((c) => ({ key: `projectCategory:${c.entry.id}`, label: c.entry.data.name, href: paths.projectCategory(c.entry.id), tone: 0 })),
  ];
  const named = (unitId: string) => new Set(site.duties.get(unitId)!.map((d) => `${d.kind}:${d.id}`));
  const units = site.units.filter((u) => site.duties.get(u.id)!.length > 0);
  const cells = units.map((u) => columns.map((c) => named(u.id).has(c.key)));
  const matrixData = { rows: units.map((u) => ({ label: u.data.name, href: paths.unit(u.id) })), columns, cells };
  const words = { title: '责任单位与行业、工程、项目类别', description: `${formatCount(units.length)}行单位、${formatCount(columns.length)}列行业、工程和项目类别；打勾表示方案点名该单位负责。` };
  return {
    id: 'accountability',
    kind: 'matrix',
    title: words.title,
    caption: `${formatCount(units.length)}个责任单位分别被方案点名负责哪些行业、工程和重大项目类别（打勾处）。`,
    // Every clause with a 责任单位 list, in the plan's order.
    sources: [...site.blocks.keys()].filter((id) => site.clauseUnits(id).length > 0),
    page: paths.units(),
    svg: matrix(matrixData, { id: 'accountability', ...words }),
    narrowSvg: matrix(matrixData, { id: 'accountability-narrow', ...words, rowLabels: 'above' }),
    table: { columns: ['单位', ...columns.map((c) => c.label)], rows: units.map((u, i) => [u.data.name, ...cells[i]!.map((x) => (x ? '是' : ''))]) },
    data: units.map((u, i) => ({ unit: u.id, name: u.data.name, named: columns.filter((_, j) => cells[i]![j]).map((c) => c.key) })),
  };
}

function rhythm(site: Site): Chart {
  const valueAdded = site.headline;
  const d = site.plan.data;
  const yearly = site.targets.filter((t) => t.data.yearly);
  // The plan names the three steps but not their calendar years: they are shown as it words them.
  const steps = [
    { when: d.date.text, label: '方案印发', href: paths.paragraph(d.date.source), tone: 3 },
    { when: '第一年', label: '一年见成效', href: paths.paragraph('s1-2-p4'), tone: 2 },
    { when: '第二年', label: '二年出形象', href: paths.paragraph('s1-2-p4'), tone: 2 },
    { when: '第三年', label: '三年大跨越', href: paths.paragraph('s1-2-p4'), tone: 2 },
    { when: `到${valueAdded.data.by}年`, label: '基本实现主要目标', href: paths.paragraph('s1-2-p1'), tone: 0 },
  ];
  const recurring = yearly.map((t) => ({ when: formatTargetValue(t.data), label: t.data.label, href: paths.target(t.id), tone: 1 }));
  return {
    id: 'plan-rhythm',
    kind: 'timeline',
    title: '方案的节奏',
    caption: `从${d.date.text}印发到${valueAdded.data.by}年：方案提出“一年见成效、二年出形象、三年大跨越”，但没有写明这三步各对应哪一年；另有${formatCount(yearly.length)}项每年都要完成的目标。`,
    sources: [d.date.source, 's1-2-p1', 's1-2-p4', ...new Set(yearly.map((t) => t.data.sources[0]!))],
    page: paths.home(),
    svg: timeline(steps, recurring, { id: 'plan-rhythm', title: '方案的节奏', description: steps.map((s) => `${s.when}${s.label}`).join('，') + `；每年：${recurring.map((r) => `${r.label}${r.when}`).join('，')}。` }),
    table: { columns: ['时间', '内容', '出处'], rows: [...steps.map((s) => [s.when, s.label, site.label(s.href.split('#')[1]!)]), ...yearly.map((t) => ['每年', `${t.data.label} ${formatTargetValue(t.data)}`, t.data.sources.map(site.label).join('、')])] },
    data: { steps, yearly: yearly.map((t) => ({ id: t.id, label: t.data.label, value: t.data.value, unit: t.data.unit, comparator: t.data.comparator })) },
  };
}

/** An entity's own targets, grouped by unit so each unit has its own scale. */
function entityTargets(site: Site, id: string, name: string, page: string, list: Entry<'targets'>[]): Chart {
  const units = [...new Set(list.map((t) => t.data.unit))];
  const sorted = units.flatMap((u) => list.filter((t) => t.data.unit === u).sort((a, b) => b.data.value - a.data.value));
  const title = `${name}的量化目标`;
  return {
    id,
    kind: 'bars',
    title,
    caption: `${name}的${formatCount(list.length)}项量化目标；单位不同的目标分组画出，各用各的比例尺。`,
    sources: [...new Set(list.map((t) => t.data.sources[0]!))],
    page,
    svg: bars(
      sorted.map((t) => ({ label: t.data.label, value: t.data.value, valueLabel: formatTargetValue(t.data), href: paths.target(t.id), group: `单位：${t.data.unit}`, tone: 0 })),
      { id, title, description: sorted.map((t) => `${t.data.label}${formatTargetValue(t.data)}`).join('；') },
    ),
    table: { columns: ['指标', '目标值', '期限', '出处'], rows: sorted.map((t) => [t.data.label, formatTargetValue(t.data), formatTiming(t.data), t.data.sources.map(site.label).join('、')]) },
    data: sorted.map((t) => ({ id: t.id, label: t.data.label, value: t.data.value, unit: t.data.unit, comparator: t.data.comparator, by: t.data.by ?? null, yearly: t.data.yearly })),
  };
}

function entityCharts(site: Site): Chart[] {
  const out: Chart[] = [];
  for (const i of site.industries) {
    const list = site.targetsOfIndustry(i.id);
    if (list.length) out.push(entityTargets(site, `industry-${i.id}-targets`, i.data.name, paths.industry(i.id), list));
  }
  for (const p of site.programmes) {
    const list = site.targetsOfProgramme(p.id);
    if (list.length) out.push(entityTargets(site, `programme-${p.id}-targets`, p.data.name, paths.programme(p.id), list));
  }
  const all = accountability(site);
  const rows = all.table.rows;
  for (const u of site.units) {
    const row = rows.find((r) => r[0] === u.data.name);
    if (!row) continue;
    const cells = [row.slice(1).map((x) => x === '是')];
    const columns = all.table.columns.slice(1);
    const id = `unit-${u.id}-duties`;
    const title = `${u.data.name}负责的行业、工程和项目类别`;
    out.push({
      id,
      kind: 'matrix',
      title,
      caption: `${u.data.name}被方案点名负责的${formatCount(cells[0]!.filter(Boolean).length)}项（打勾处），出自责任单位总表。`,
      sources: [...new Set(site.duties.get(u.id)!.map((d) => d.source))],
      page: paths.unit(u.id),
      svg: matrix({ rows: [{ label: u.data.name }], columns: columns.map((label, j) => ({ label, tone: j < site.industries.length ? 1 : j < site.industries.length + site.programmes.length ? 2 : 0 })), cells }, { id, title, description: `打勾：${columns.filter((_, j) => cells[0]![j]).join('、')}。`, rowLabels: 'above' }),
      table: { columns: ['单位', ...columns], rows: [row] },
      data: { unit: u.id, named: columns.filter((_, j) => cells[0]![j]) },
    });
  }
  return out;
}

export function charts(site: Site): Chart[] {
  return [structure(site), rhythm(site), ...targetPanels(site), ...projectWaffles(site), accountability(site), ...entityCharts(site)];
}
