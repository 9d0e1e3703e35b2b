import { formatTargetValue, formatTiming } from '../../i18n/format';
import { typeLabel } from '../../i18n/search';
import { expect, test } from 'vitest';
import { loadContent } from '../load-content';
import { planBlocks } from '../plan-text';
import { buildSite } from '../relations';
import { facetMeta, facetsOf } from './facets';
import { pagefindFields, searchRecords } from './records';

const site = buildSite(loadContent().collections);
const records = searchRecords(site, { notice: '印发通知', planOwner: '总体目标', value: formatTargetValue, timing: formatTiming });

test('every paragraph of the plan, every target and every term is a record at its own anchor', () => {
  const paragraphs = planBlocks(site.tree).filter((b) => ['paragraph', 'notice', 'cc'].includes(b.kind));
  for (const b of paragraphs)
    expect(
      records.some((r) => r.url === `/plan/#${b.id}` && r.content === b.text),
      b.id,
    ).toBe(true);
  for (const t of site.targets)
    expect(
      records.some((r) => r.url === `/targets/#${t.id}`),
      t.id,
    ).toBe(true);
  for (const g of site.glossary)
    expect(
      records.some((r) => r.url === `/glossary/#${g.id}`),
      g.id,
    ).toBe(true);
  expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
});

test('a clause record is titled by its label and heading, and filtered by what the clause covers', () => {
  const r = records.find((x) => x.url === '/plan/#s3-3-p2')!;
  expect(r.title).toBe('三（三）¶2 （三）重大项目支撑工程');
  expect(pagefindFields(r, typeLabel).filters).toMatchObject({ type: ['方案条款'], category: ['文旅融合型'] });
  expect(r.facets.unit).toContain('市名城办');
});

test('a target record carries its figure in the plan’s words', () => {
  const r = records.find((x) => x.url === '/targets/#major-projects-investment')!;
  expect(r.title).toBe('省市重大服务业项目投资：600亿元以上');
  expect(r.content).toContain('实现投资600亿元以上');
});

test('page facets come from the relations the pages show', () => {
  expect(facetsOf(site, 'project', 'sams-club')).toEqual({
    type: 'project',
    industry: ['现代商贸'],
    unit: ['区委宣传部', '区发改局', '区民政局', '区商务局', '区文广旅游局', '区自然资源和规划分局', '区文旅集团', '各镇街'],
    category: ['生活美好型'],
  });
  expect(facetsOf(site, 'unit', 'commerce-bureau')).toEqual({ type: 'unit', unit: ['区商务局'], industry: ['现代商贸', '总部商务'] });
  expect(facetMeta({ type: 'platform', industry: ['科技服务'] }, typeLabel)).toEqual([
    { filter: 'type', value: '平台载体' },
    { filter: 'industry', value: '科技服务' },
  ]);
});
