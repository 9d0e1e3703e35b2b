// Counts and sums that must tie to the plan, computed from the content as the pages compute them.
import { describe, expect, test } from 'vitest';
import { sumQuantities } from './format';
import { loadContent } from './load-content';
import { planBlocks, planLines } from './plan-text';
import { readPlanText } from './content-files';
import { buildSite } from './relations';

const site = buildSite(loadContent().collections);
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('the plan’s structure', () => {
  test('six industries: two consumer (生活性), four producer (生产性)', () => {
    expect(ids(site.industries)).toEqual([
      'cultural-tourism',
      'modern-commerce',
      'tech-services',
      'digital-software',
      'modern-finance',
      'hq-business',
    ]);
    expect(site.industries.filter((i) => i.data.group === 'consumer')).toHaveLength(2);
    expect(site.industries.filter((i) => i.data.group === 'producer')).toHaveLength(4);
  });

  test('six programmes, in the plan’s order', () => {
    expect(site.programmes.map((p) => p.data.name)).toEqual([
      '平台载体提能工程',
      '产业联盟共进工程',
      '重大项目支撑工程',
      '企业主体引育工程',
      '服务人才汇聚工程',
      '模式创新创建工程',
    ]);
  });

  test('“1个世界级+2个国家级+N个省级” platforms', () => {
    const level = (l: string) => site.platforms.filter((p) => p.data.level === l).length;
    expect([level('world'), level('national')]).toEqual([1, 2]);
    expect(level('provincial')).toBeGreaterThanOrEqual(4);
  });

  test('three project categories of 20 projects each, adding up to the 60-project target', () => {
    expect(site.categories.map((c) => c.count!.data.value)).toEqual([20, 20, 20]);
    const total = sumQuantities(site.categories.map((c) => c.count!.data));
    expect(total).toEqual({ value: site.maps.targets.get('major-projects-count')!.data.value, unit: '个' });
  });

  test('400 + 100 + 100 = 600亿元, computed from the category targets', () => {
    expect(site.categories.map((c) => c.investment!.data.value)).toEqual([400, 100, 100]);
    const total = sumQuantities(site.categories.map((c) => c.investment!.data));
    const planned = site.maps.targets.get('major-projects-investment')!.data;
    expect(total).toEqual({ value: planned.value, unit: planned.unit });
    expect(total.value).toBe(600);
  });

  test('the title is the plan’s own, as the notice cites it', () => {
    expect(site.title).toBe('越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案');
    expect(site.blocks.get('notice-p7')!.text).toContain(`《${site.title}》`);
  });

  test('the plan collection holds the complete text, every paragraph once and in order', () => {
    expect(planBlocks(site.tree).map((b) => b.text)).toEqual(planLines(readPlanText()));
  });
});

describe('targets', () => {
  test('about fifty, each citing a paragraph, in the plan’s order', () => {
    expect(site.targets.length).toBeGreaterThanOrEqual(45);
    expect(ids(site.targets).slice(0, 3)).toEqual(['services-value-added', 'services-share', 'producer-services-share']);
    expect(ids(site.targets).at(-1)).toBe('two-industry-fusion');
  });

  test('the headline targets are those of 一（二）主要目标', () => {
    expect(ids(site.headlineTargets)).toEqual([
      'services-value-added',
      'services-share',
      'producer-services-share',
      'major-projects-count',
      'major-projects-investment',
      'leading-firms-50',
      'leading-firms-100',
      'new-above-scale-firms',
      'above-scale-firms-total',
    ]);
  });

  test('a target stated twice cites both paragraphs', () => {
    expect(site.maps.targets.get('leading-firms-50')!.data.sources).toEqual(['s1-2-p5', 's3-4-p1']);
    expect(site.maps.targets.get('above-scale-firms-total')!.data.sources).toEqual(['s1-2-p5', 's3-4-p3']);
  });

  test('every industry has targets', () => {
    for (const i of site.industries) expect(site.targetsOfIndustry(i.id).length, i.id).toBeGreaterThan(0);
  });
});

test('order comes from the plan, not from the order Astro returns entries in', () => {
  const reversed = Object.fromEntries(Object.entries(loadContent().collections).map(([k, v]) => [k, [...v].reverse()])) as ReturnType<
    typeof loadContent
  >['collections'];
  const other = buildSite(reversed);
  for (const key of ['industries', 'programmes', 'measures', 'platforms', 'projects', 'targets', 'units', 'glossary'] as const) {
    expect(ids(other[key]), key).toEqual(ids(site[key]));
  }
  expect(other.categories.map((c) => c.entry.id)).toEqual(['industry-enabling', 'culture-tourism', 'better-living']);
  expect(ids(other.headlineTargets)).toEqual(ids(site.headlineTargets));
  expect(other.duties.get('commerce-bureau')).toEqual(site.duties.get('commerce-bureau'));
});

describe('who answers for what (derived, never typed)', () => {
  test('every unit answers for at least one clause or has a role in 四', () => {
    for (const u of site.units) expect(site.duties.get(u.id)!.length + site.roles.get(u.id)!.length, u.id).toBeGreaterThan(0);
  });

  test('the roles of 四 stay roles: no unit answers for a measure as a clause, and 四（一）¶1 names no 责任单位', () => {
    for (const u of site.units) expect(site.duties.get(u.id)!.map((d) => d.kind)).not.toContain('measure');
    expect(site.clauseUnits('s4-1-p1')).toEqual([]);
    expect(site.duties.get('leading-group')).toEqual([]);
    expect(site.roles.get('leading-group')!.map((r) => r.text)).toEqual(['充分发挥区服务业发展领导小组统筹协调作用']);
    expect(site.roles.get('development-reform-bureau')!.map((r) => r.measure.id)).toEqual(['organisation']);
  });

  test('each list reads as the plan prints it, finance office and task force included', () => {
    expect(site.printedList('s2-2-p3')!.items).toEqual([
      '区经信局<区金融办>',
      '区招商投资促进中心<专班>',
      '国投集团',
      '高投集团',
      '各镇街',
    ]);
    expect(site.printedList('s3-1-p4')!.items).toEqual(['各服务业发展领导小组成员单位']);
    expect(site.printedList('s3-1-p4')!.suffix).toBe('按职责落实');
  });

  test('answers name counted figures, filled from the text, never typed', () => {
    const answer = site.questions.find((q) => q.id === 'who-carries-it-out')!.data.answer;
    expect(answer).toContain(`共${site.listCoverage.taskParagraphs}个任务段落，${site.listCoverage.withOwnList}段有自己的名单`);
    expect(answer).not.toMatch(/每一条任务|\{\w+\}/);
  });

  test('区商务局 answers for its clauses, grouped by kind of entity, each kind in the plan’s order', () => {
    expect(site.duties.get('commerce-bureau')!.map((d) => `${d.kind}:${d.id}:${d.source}`)).toEqual([
      'industry:modern-commerce:s2-1-p2',
      'industry:hq-business:s2-2-p4',
      'programme:alliance:s3-2-p3',
      'programme:enterprises:s3-4-p4',
      'projectCategory:industry-enabling:s3-3-p1',
      'projectCategory:culture-tourism:s3-3-p2',
      'projectCategory:better-living:s3-3-p3',
    ]);
  });

  test('a project answers to the units of the clause it stands in', () => {
    const names = (id: string) => site.unitsOfProject(site.maps.projects.get(id)!).map((u) => u.data.name);
    expect(names('sams-club')).toEqual([
      '区委宣传部',
      '区发改局',
      '区民政局',
      '区商务局',
      '区文广旅游局',
      '区自然资源和规划分局',
      '区文旅集团',
      '各镇街',
    ]);
    expect(names('jiefang-road-awakening')).toEqual(['区商务局', '区招商投资促进中心', '黄酒小镇管委会', '区文旅集团', '各镇街']);
  });

  test('a target answers to its programme’s units, even when their list closes a later paragraph', () => {
    const names = (id: string) => site.unitsOfTarget(site.maps.targets.get(id)!).map((u) => u.data.name);
    expect(names('high-end-talent')).toContain('区委组织部'); // stated in 三（五）¶1, units listed after ¶3
    expect(names('brand-events')).toEqual(['区委宣传部', '区商务局', '区文广旅游局', '区市场监管局']); // scoped to ¶4
    expect(names('leading-firms-50')).toEqual(['区服务业发展领导小组各成员单位']);
    expect(names('better-living-investment')).toContain('区民政局'); // through its project category
    expect(names('services-value-added')).toEqual([]); // plan-wide: the plan names no unit
    expect(site.targetsOfUnit('civil-affairs-bureau').map((t) => t.id)).toEqual(
      expect.arrayContaining(['high-end-talent', 'better-living-projects']),
    );
  });

  test('the indexed lists are what a scan of every entry finds, in the same order (#15)', () => {
    for (const u of site.units) {
      expect(ids(site.targetsOfUnit(u.id)), u.id).toEqual(
        ids(site.targets.filter((t) => site.unitsOfTarget(t).some((x) => x.id === u.id))),
      );
      expect(ids(site.projectsOfUnit(u.id)), u.id).toEqual(
        ids(site.projects.filter((p) => site.unitsOfProject(p).some((x) => x.id === u.id))),
      );
    }
    expect(site.units.some((u) => site.projectsOfUnit(u.id).length > 0)).toBe(true);
    for (const i of site.industries) {
      expect(ids(site.targetsOfIndustry(i.id))).toEqual(ids(site.targets.filter((t) => t.data.industry?.id === i.id)));
      expect(ids(site.projectsOfIndustry(i.id))).toEqual(ids(site.projects.filter((p) => p.data.industries.some((r) => r.id === i.id))));
      expect(ids(site.platformsOfIndustry(i.id))).toEqual(ids(site.platforms.filter((p) => p.data.industries.some((r) => r.id === i.id))));
    }
    for (const p of site.programmes)
      expect(ids(site.targetsOfProgramme(p.id))).toEqual(ids(site.targets.filter((t) => t.data.programme?.id === p.id)));
    for (const p of site.platforms)
      expect(ids(site.projectsOfPlatform(p.id))).toEqual(ids(site.projects.filter((x) => x.data.platform?.id === p.id)));
    for (const p of site.projects) expect(site.categoryOfProject(p)?.entry.id).toBe(p.data.category?.id);
    // Each answer is a list of its own: a page that sorts it does not reorder another page's.
    expect(site.targetsOfUnit(site.units[0]!.id)).not.toBe(site.targetsOfUnit(site.units[0]!.id));
  });

  test('the major-projects programme reaches its units through its project categories', () => {
    expect(site.categoriesOfProgramme('major-projects').map((c) => c.entry.id)).toEqual([
      'industry-enabling',
      'culture-tourism',
      'better-living',
    ]);
    expect(site.categoriesOfProgramme('talent')).toEqual([]);
    const units = site.unitsOfProgramme('major-projects').map((u) => u.data.name);
    expect(units).toEqual(expect.arrayContaining(['市名城办', '区民政局', '区城发集团']));
    expect(site.unitsOfProgramme('talent').map((u) => u.data.name)).toContain('区委组织部');
  });

  test('units are listed in order of first mention in the plan', () => {
    expect(site.units[0]!.data.name).toBe('区委宣传部');
  });
});
