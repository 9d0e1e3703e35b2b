// The site's charts are fed from the content, and each one's table says what its marks show.
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { loadContent } from '../lib/load-content';
import { buildSite } from '../lib/relations';
import { charts } from './registry';

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
