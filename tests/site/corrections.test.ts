// What a line-by-line reading against the plan found: each page now says what the plan says, no more. Checked on
// the built pages, where a reader meets the words; counts come from the text, through the same code the pages use.
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { paths } from '../../src/lib/paths';
import { buildSite } from '../../src/lib/relations';
import { facetsOf } from '../../src/lib/search/facets';
import { charts as getCharts } from '../../src/charts/registry';
import { builtPages, documentOf } from './dist';

const { collections } = loadContent();
const site = buildSite(collections);
const doc = (url: string) => documentOf(builtPages().get(url)!);
const text = (url: string) => doc(url).querySelector('main')!.text;

test('the alliance is founded mainly by the six industries and sixty leading firms, in the plan’s words', () => {
  expect(text(paths.programme('alliance'))).toContain('联盟以六大重点行业、六十家龙头企业为主发起组建');
  expect(text(paths.programmes())).toContain('六十家龙头企业');
});

test('no page says that every task names its units; /units/ shows the breakdown counted from the text', () => {
  for (const url of [paths.explainer(), paths.questions(), paths.about(), paths.units()]) {
    expect(text(url), url).not.toMatch(/每一条任务|每条任务后面|各条款的责任单位/);
  }
  const c = site.listCoverage;
  const coverage = doc(paths.units()).querySelector('[data-list-coverage]')!.text;
  expect(coverage).toContain(`共有${c.taskParagraphs}个任务段落，其中${c.withOwnList}段`);
  expect(coverage).toContain(`其余${c.coveredBySubsectionList}段`);
  expect(coverage).toContain(c.sharedListSubsections.join('、'));
  expect(coverage).toContain(`${c.lists}份名单中，${c.listsNamingDepartments}份点名`);
  expect(coverage).toContain(`（${c.supportParagraphs}段）没有责任单位名单`);
  expect(text(paths.explainer())).toContain(`共${c.taskParagraphs}个任务段落，其中${c.withOwnList}段有自己的名单`);
});

test('the timeline answer links every yearly target and no longer says the plan sets none', () => {
  const section = doc(paths.questions()).querySelector('section[aria-labelledby="timeline"]')!;
  expect(section.text).not.toContain('没有把目标分解到每一年');
  const linked = section.querySelectorAll('a[href^="/targets/#"]').map((a) => a.getAttribute('href'));
  const yearly = collections.targets.filter((t) => t.data.yearly).map((t) => paths.target(t.id));
  expect(yearly.length).toBeGreaterThan(0);
  expect(new Set(linked)).toEqual(new Set(yearly));
  expect(section.querySelector('a[href="/targets/?timing=yearly"]')).not.toBeNull();
});

test('/about/ separates what is the plan’s from what is the portal’s, and says how each is marked', () => {
  const about = text(paths.about());
  expect(about).not.toContain('站内每一个数字、日期、名称和说法都来自原文');
  for (const phrase of ['来自方案的内容', '本站自己写的内容', '通俗解读', '背景知识（不是方案原文）', '方案未写明', '更新记录的日期']) {
    expect(about).toContain(phrase);
  }
});

test('力争 in 一（二）¶4 governs all three figures', () => {
  const targets = doc(paths.targets());
  for (const id of ['services-value-added', 'services-share', 'producer-services-share']) {
    expect(targets.querySelector(`tr[id="${id}"], [id="${id}"]`)!.text, id).toContain('力争');
  }
});

test('responsibility lists show the plan’s own spellings', () => {
  const finance = text(paths.industry('modern-finance'));
  expect(finance).toContain('区经信局<区金融办>');
  expect(finance).toContain('区招商投资促进中心<专班>');
  const platforms = text(paths.programme('platforms'));
  expect(platforms).toContain('各服务业发展领导小组成员单位');
  expect(platforms).toContain('按职责落实');
  expect(text(paths.project('jiefang-road-awakening'))).toContain('区招商投资促进中心<专班>');
  // The project table's units column too: each list as its clause prints it.
  const row = doc(paths.projects()).querySelector('tr[data-id="jiefang-road-awakening"]')!;
  expect(row.text).toContain('区招商投资促进中心<专班>');
});

test('section 四 has roles, not a 责任单位 list: not in the accountability chart, nor in search facets', () => {
  const chart = getCharts(site).find((c) => c.id === 'accountability')!;
  expect(chart.sources).not.toContain('s4-1-p1');
  expect(chart.table.rows.map((r) => r[0])).not.toContain('区服务业发展领导小组');
  expect(facetsOf(site, 'clause', 's4-1-p1').unit).toEqual([]);
  expect(facetsOf(site, 'clause', 's2-1-p1').unit?.length).toBeGreaterThan(0);
  const measures = text(paths.measures());
  expect(measures).toContain('方案写明的角色');
  expect(measures).not.toContain('方案写明的分工');
  expect(text(paths.unit('leading-group'))).toContain('充分发挥区服务业发展领导小组统筹协调作用');
});

test('wording: 镜湖新区 heads only its own action; 5A is the 古城’s; 街道 are 派出机关; a 分局 is not labelled a district department', () => {
  expect(text(paths.industry('modern-commerce'))).not.toMatch(/镜湖新区商贸：/);
  const glossary = text(paths.glossary());
  expect(glossary).not.toContain('整座城区');
  expect(glossary).toContain('派出机关');
  expect(glossary).not.toContain('区以下的基层行政单位');
  const branch = doc(paths.unit('natural-resources-branch')).querySelector('main')!;
  expect(branch.text).not.toContain('区政府部门');
});

test('未来园区 is among the carriers the plan names', () => {
  expect(text(paths.platforms())).toContain('未来园区');
  expect(text(paths.platform('future-parks'))).toContain('突出“未来园区”的服务业承载功能');
});
