// The site's charts are fed from the content, and each one's table says what its marks show.
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { CHART_CAP } from '../lib/chart-cap';
import { formatCount } from '../lib/format';
import { loadContent } from '../lib/load-content';
import { buildSite } from '../lib/relations';
import { bars } from './bars';
import { charts } from './registry';
import { accountabilityChart } from './site/accountability';

const site = buildSite(loadContent().collections);
const all = charts(site);
const byId = new Map(all.map((c) => [c.id, c]));
const svgTexts = (svg: string) =>
  parse(svg)
    .querySelectorAll('text')
    .map((t) => t.text);

test('ids are unique and every chart cites existing paragraphs', () => {
  expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  for (const c of all) for (const s of c.sources) expect(site.blocks.has(s), `${c.id}: ${s}`).toBe(true);
});

test('the three target panels draw every target once, and their tables list the drawn values', () => {
  const panels = ['targets-amounts', 'targets-shares', 'targets-counts'].map((id) => byId.get(id)!);
  expect(panels.reduce((n, p) => n + p.table.rows.length, 0)).toBe(site.targets.length);
  for (const p of panels) {
    const drawn = svgTexts(p.svg);
    for (const row of p.table.rows) {
      expect(drawn).toContain(row[0]);
      expect(drawn).toContain(row[1]);
    }
  }
});

test('the investment waffle has one square per 10亿元 of each category, adding up to the 600亿元 target', () => {
  const c = byId.get('project-investment')!;
  const squares = parse(c.svg).querySelectorAll('a rect').length;
  expect(squares * 10).toBe(site.maps.targets.get('major-projects-investment')!.data.value);
  expect(svgTexts(c.svg)).toEqual(
    expect.arrayContaining(['产业赋能型重大项目 400亿元以上', '文旅融合型重大项目 100亿元以上', '生活美好型重大项目 100亿元以上']),
  );
});

test('the structure tree links every industry and programme', () => {
  const hrefs = parse(byId.get('plan-structure')!.svg)
    .querySelectorAll('a')
    .map((a) => a.getAttribute('href'));
  for (const i of site.industries) expect(hrefs).toContain(`/industries/${i.id}/`);
  for (const p of site.programmes) expect(hrefs).toContain(`/programmes/${p.id}/`);
});

test('the accountability matrix ticks exactly the duties derived from the plan', () => {
  const c = byId.get('accountability')!;
  const ticks = parse(c.svg).querySelectorAll('path.tick').length;
  const named = c.table.rows.reduce((n, r) => n + r.filter((x) => x === '是').length, 0);
  expect(ticks).toBe(named);
  const commerce = c.table.rows.find((r) => r[0] === '区商务局')!;
  const columns = c.table.columns;
  expect(columns.filter((_, j) => commerce[j] === '是')).toEqual([
    '现代商贸',
    '总部商务',
    '联盟共进',
    '主体引育',
    '产业赋能型',
    '文旅融合型',
    '生活美好型',
  ]);
});

describe('at many rows, a chart draws a summary: the first rows and one row for the rest', () => {
  // The real content many times over under new ids, as the scale benchmark's synthetic set is: 2,000 targets, and
  // 400 more units named for what real units are named for.
  const { collections } = loadContent();
  const copies = Array.from({ length: 2000 - collections.targets.length }, (_, i) => {
    const x = collections.targets[i % collections.targets.length]!;
    return { ...x, id: `synthetic-target-${i}`, data: { ...x.data, label: `合成指标 ${i}` } };
  });
  const big = buildSite({ ...collections, targets: [...collections.targets, ...copies] });
  const named = site.units.filter((u) => site.duties.get(u.id)!.length > 0);
  const extraUnits = Array.from({ length: 400 }, (_, i) => {
    const u = named[i % named.length]!;
    return { unit: { ...u, id: `synthetic-unit-${i}`, data: { ...u.data, name: `合成单位${i}` } }, duties: site.duties.get(u.id)! };
  });
  const manyUnits = {
    ...big,
    units: [...big.units, ...extraUnits.map((e) => e.unit)],
    duties: new Map([...big.duties, ...extraUnits.map((e) => [e.unit.id, e.duties] as const)]),
  };
  const bigCharts = new Map([...charts(big), accountabilityChart(manyUnits)].map((c) => [c.id, c]));
  const drawnLinks = (svg: string) => parse(svg).querySelectorAll('a').length;

  test('at the real size no chart is summarised, so its drawing and table are the whole list', () => {
    for (const c of all) expect(c.summary, c.id).toBeUndefined();
  });

  test.each([
    { id: 'targets-counts', restHref: '/targets/?kind=count', drawn: (n: number) => n },
    { id: 'targets-amounts', restHref: '/targets/?kind=amount', drawn: (n: number) => n },
    { id: 'programme-enterprises-targets', restHref: '/targets/?owner=enterprises', drawn: (n: number) => n },
    // The rhythm draws its five steps, each a link, above the yearly targets.
    { id: 'plan-rhythm', restHref: '/targets/?timing=yearly', drawn: (n: number) => n + 5 },
    { id: 'accountability', restHref: '/units/', drawn: (n: number) => n },
  ])('$id: at most CHART_CAP rows drawn and tabled, the rest counted in the caption and linked', ({ id, restHref, drawn }) => {
    const c = bigCharts.get(id)!;
    expect(c.summary, id).toBeDefined();
    const { rows, hrefs } = c.summary!;
    const steps = id === 'plan-rhythm' ? 5 : 0;
    const shown = rows.length - 1 - steps;
    const rest = c.table.rows.length - steps - shown;
    expect(shown).toBe(CHART_CAP);
    expect(rest).toBeGreaterThan(0);
    // The downloads keep every row: the rows left out are in c.table, and in the summary's count.
    expect(rows.at(-1)![0]).toBe(`其余${formatCount(rest)}${id === 'accountability' ? '个单位：见单位列表' : '项：见指标列表'}`);
    // The page's caption counts both; the downloads' caption describes every row, so it says nothing of a summary.
    expect(c.summary!.caption).toContain(`${formatCount(shown)}`);
    expect(c.summary!.caption).toContain(`其余${formatCount(rest)}`);
    expect(c.summary!.caption.startsWith(c.caption)).toBe(true);
    expect(c.caption).not.toContain('其余');
    expect(hrefs).toHaveLength(rows.length);
    expect(hrefs.at(-1)).toBe(restHref);
    // Each drawn row keeps its own link: to its row in the paginated list, or its page.
    expect(new Set(hrefs.slice(steps)).size).toBe(hrefs.length - steps);
    // Drawn: a link per shown row, one for the rest row (and, in the matrix, its column headings).
    const links = parse(c.svg).querySelectorAll('a');
    expect(links.at(-1)!.getAttribute('href')).toBe(restHref);
    expect(links.at(-1)!.getAttribute('aria-label')).toBe(rows.at(-1)![0]);
    if (id !== 'accountability') expect(drawnLinks(c.svg)).toBe(drawn(shown) + 1);
    else expect(drawnLinks(c.svg)).toBe(shown + 1 + c.table.columns.length - 1);
    // The drawn rows are the table's first rows, largest first where the chart sorts by value.
    for (const r of rows.slice(steps, -1)) expect(c.table.rows).toContainEqual(r);
  });

  test('every chart of the large site, drawn and tabled, stays small', () => {
    for (const c of bigCharts.values()) {
      const rows = c.summary?.rows ?? c.table.rows;
      const bytes = c.svg.length + (c.narrowSvg?.length ?? 0) + JSON.stringify(rows).length;
      // The matrix is the heaviest kind per row (a cell per column, two layouts): at the cap it weighs what it does
      // at the real size.
      expect(bytes, c.id).toBeLessThan(c.kind === 'matrix' ? 150_000 : 40_000);
      expect(rows.length, c.id).toBeLessThanOrEqual(CHART_CAP + 6);
    }
  });

  test('probe: without the cap, the same count panel would be far over that size', () => {
    const list = big.targets.filter((x) => x.data.unit === '家');
    const full = bars(
      list.map((x) => ({ label: x.data.label, value: x.data.value, valueLabel: String(x.data.value) })),
      { id: 'probe', title: 'probe', description: 'probe' },
    );
    expect(list.length).toBeGreaterThan(CHART_CAP * 5);
    expect(full.length).toBeGreaterThan(40_000);
  });
});
