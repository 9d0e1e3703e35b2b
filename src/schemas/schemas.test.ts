// Good and bad fixtures for every schema: a bad entry must fail on the right field with a message that says
// what to fix. Paragraph texts come from the real plan, so the fixtures cite real clauses.
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { schemaContext } from '../lib/load-content';
import { schemas } from './index';

const s = schemas(schemaContext());

/** `field: message` for every issue, or [] when the input is valid. */
function issues(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const goodTarget = {
  label: '旅游总收入',
  value: 500,
  unit: '亿元',
  comparator: 'reach',
  by: 2026,
  industry: 'cultural-tourism',
  quote: '到2026年，实现旅游总收入500亿元',
  sources: ['s2-1-p1'],
};

describe('target', () => {
  test('a correct target passes and its reference takes Astro’s shape', () => {
    const r = s.targets.parse(goodTarget);
    expect(r.industry).toEqual({ collection: 'industries', id: 'cultural-tourism' });
    expect(r.type).toBe('target');
  });

  test.each([
    ['no source', { sources: [] }, 'sources: needs at least one source paragraph id'],
    ['unknown source id', { sources: ['s9-9-p9'] }, 'sources.0: "s9-9-p9" is not a paragraph id of the plan'],
    ['quote not in the paragraph', { quote: '旅游总收入600亿元' }, 'quote: "旅游总收入600亿元" does not stand verbatim in s2-1-p1'],
    ['value that is not the quoted one', { value: 5000 }, 'value: the quote does not contain "5000亿元"'],
    ['value given as text', { value: '500' }, 'value: value must be a number'],
    ['unknown unit', { unit: '亿' }, 'unit: unit must be one of'],
    ['at-least without 以上', { comparator: 'at-least' }, 'comparator: comparator at-least needs 以上'],
    ['a year the clause does not give', { by: 2025 }, 'by: "2025年" does not stand in s2-1-p1'],
    ['a hedge the clause does not use', { hedge: '力争' }, 'hedge: "力争" does not stand in s2-1-p1'],
    [
      'a figure a 力争 earlier in its sentence governs, without the hedge',
      { label: '服务业占比', value: 75, unit: '%', industry: undefined, quote: '服务业占比达75%', sources: ['s1-2-p4'] },
      'hedge: the sentence says 力争 before "服务业占比达75%": set hedge: 力争',
    ],
    ['owned by industry and programme', { programme: 'talent' }, 'programme: a target belongs to one industry or one programme'],
  ])('fails on %s', (_, change, message) => {
    expect(issues(s.targets, { ...goodTarget, ...change }).join('\n')).toContain(message);
  });

  test('a missing field is named', () => {
    const { quote: _, ...incomplete } = goodTarget;
    expect(issues(s.targets, incomplete)).toEqual([expect.stringMatching(/^quote: /)]);
  });

  test('yearly targets must quote 每年', () => {
    const yearly = {
      ...goodTarget,
      label: '社区商圈',
      value: 10,
      unit: '个',
      by: undefined,
      industry: 'modern-commerce',
      quote: '每年改造提升10个社区商圈',
      sources: ['s2-1-p2'],
    };
    expect(issues(s.targets, yearly)).toContain('yearly: the quote says 每年: set yearly: true');
    expect(issues(s.targets, { ...yearly, yearly: true })).toEqual([]);
  });
});

describe('industry', () => {
  const good = {
    number: 1,
    name: '文化旅游',
    group: 'consumer',
    summary: '概括。',
    sources: ['s2-1-p1'],
    commitments: [{ text: '争创国家级会稽山旅游度假区', source: 's2-1-p1' }],
    responsibilities: [{ source: 's2-1-p1', units: ['propaganda-dept'] }],
  };
  test('passes when correct', () => expect(issues(s.industries, good)).toEqual([]));
  test('names a wrong group', () =>
    expect(issues(s.industries, { ...good, group: 'service' })).toEqual(['group: group is "consumer" (生活性) or "producer" (生产性)']));
  test('names a commitment that is not the plan’s words', () =>
    expect(issues(s.industries, { ...good, commitments: [{ text: '建成世界一流旅游城市', source: 's2-1-p1' }] })).toEqual([
      'commitments.0.text: "建成世界一流旅游城市" does not stand verbatim in s2-1-p1: copy the plan\'s own words',
    ]));
  test('needs units in every responsibility', () =>
    expect(issues(s.industries, { ...good, responsibilities: [{ source: 's2-1-p1', units: [] }] })).toEqual([
      'responsibilities.0.units: name at least one unit id from content/units.yaml',
    ]));
});

describe('project', () => {
  const good = { name: '山姆超市', category: 'better-living', industries: ['modern-commerce'], sources: ['s3-3-p3'] };
  test('passes when correct', () => expect(issues(s.projects, good)).toEqual([]));
  test('its name must stand in its first source', () =>
    expect(issues(s.projects, { ...good, name: '山姆会员店' })).toEqual([
      'name: "山姆会员店" does not stand verbatim in s3-3-p3: copy the plan\'s own words',
    ]));
});

describe('platform, unit, measure, glossary, category, plan', () => {
  test('platform level is checked', () =>
    expect(issues(s.platforms, { name: '鉴水科技城', level: 'city', industries: [], sources: ['s3-1-p4'] })).toEqual([
      'level: level is one of world, national, provincial, other',
    ]));
  test('unit kind is checked', () =>
    expect(issues(s.units, { name: '区商务局', kind: 'ministry' })[0]).toMatch(/^kind: kind must be one of/));
  test('measure items are the plan’s words', () =>
    expect(issues(s.measures, { number: 3, name: '加大要素保障', summary: '概括', source: 's4-3-p1', items: ['免费供地'] })).toEqual([
      'items.0: "免费供地" does not stand verbatim in s4-3-p1: copy the plan\'s own words',
    ]));
  test('a role in 四 is the plan’s words about that unit', () =>
    expect(
      issues(s.measures, {
        number: 1,
        name: '强化组织领导',
        summary: '概括',
        source: 's4-1-p1',
        items: ['完善领导小组工作机制'],
        roles: [{ unit: 'towns-streets', text: '各镇街负责全部工作' }],
      }),
    ).toEqual(['roles.0.text: "各镇街负责全部工作" does not stand verbatim in s4-1-p1: copy the plan\'s own words']));
  test('a unit named 分局 is kind branch, not a district department', () => {
    expect(issues(s.units, { name: '区自然资源和规划分局', kind: 'bureau' })).toEqual([
      'kind: "区自然资源和规划分局" ends in 分局: kind must be branch',
    ]);
    expect(issues(s.units, { name: '区商务局', kind: 'branch' })).toEqual(['kind: kind branch is for names ending in 分局']);
    expect(issues(s.units, { name: '区自然资源和规划分局', kind: 'branch' })).toEqual([]);
  });
  test('a unit’s official-name source is a web address: a javascript: or data: URL would run on its page', () => {
    const unit = { name: '区商务局', kind: 'bureau', officialName: '绍兴市越城区商务局' };
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])
      expect(issues(s.units, { ...unit, officialNameSource: url })).toEqual([
        'officialNameSource: officialNameSource must be a web address starting with https:// or http://',
      ]);
    expect(issues(s.units, { ...unit, officialNameSource: 'https://www.sxyc.gov.cn/' })).toEqual([]);
  });
  test('a glossary term must stand in each paragraph it cites', () =>
    expect(issues(s.glossary, { term: 'TOD', aliases: ['TOD'], definition: '定义', sources: ['s3-3-p3', 's2-1-p1'] })).toEqual([
      'sources.1: none of TOD stands in s2-1-p1',
    ]));
  test('a project category’s name must stand in its clause', () =>
    expect(
      issues(s.projectCategories, {
        name: '甲',
        fullName: '甲型重大项目',
        summary: '概括',
        source: 's3-3-p1',
        responsibilities: [{ source: 's3-3-p1', units: ['commerce-bureau'] }],
      }),
    ).toEqual(['fullName: "甲型重大项目" does not stand verbatim in s3-3-p1: copy the plan\'s own words']));
  test('plan metadata is quoted from the notice', () => {
    const r = issues(s.plan, { docNumber: { text: '越政发〔2024〕1号', source: 'notice-p1' } });
    expect(r).toContain('docNumber.text: "越政发〔2024〕1号" does not stand verbatim in notice-p1: copy the plan\'s own words');
    expect(r).toContain('issuer: Invalid input: expected object, received undefined');
  });
});

describe('question', () => {
  const good = {
    question: '方案有没有养老和健康方面的内容？',
    answer: '有。',
    quotes: [{ text: '积极构建健康养老服务圈', source: 's3-3-p3' }],
    sources: ['s3-3-p3'],
  };
  test('passes when correct', () => expect(issues(s.questions, good)).toEqual([]));
  test('a quote must be the plan’s words', () =>
    expect(issues(s.questions, { ...good, quotes: [{ text: '建设养老院', source: 's3-3-p3' }] })).toEqual([
      'quotes.0.text: "建设养老院" does not stand verbatim in s3-3-p3: copy the plan\'s own words',
    ]));
  test('a quote’s paragraph must be among the sources', () =>
    expect(issues(s.questions, { ...good, sources: ['s3-3-p2'] })).toEqual(['quotes.0.source: s3-3-p3 must also be listed in sources']));
  test('an answer rests on the plan’s words or says what the plan leaves open', () => {
    expect(issues(s.questions, { ...good, quotes: [] })).toEqual([
      'quotes: an answer needs the plan’s words (quotes) or a notStated saying what the plan leaves open',
    ]);
    expect(issues(s.questions, { ...good, quotes: [], notStated: '收费标准。' })).toEqual([]);
  });
  test('an answer names counted figures by placeholder, only those the site counts', () => {
    expect(issues(s.questions, { ...good, answer: '共{taskParagraphs}段。' })).toEqual([]);
    expect(issues(s.questions, { ...good, answer: '共{projects}个。' })[0]).toMatch(
      /^answer: \{projects\} is not a figure the site counts; use one of \{taskParagraphs\}/,
    );
  });
});

describe('change', () => {
  const good = { date: '2026-11-27', kind: 'added', title: '首次整理上线', summary: '收录方案全文。', sources: ['notice-p1'] };
  test('passes when correct', () => expect(issues(s.changes, good)).toEqual([]));
  test.each([
    ['a date in another form', { date: '2026年11月27日' }, 'date: write the date as YYYY-MM-DD, e.g. 2026-11-27'],
    ['a day that does not exist', { date: '2026-02-30' }, 'date: not a calendar date'],
    ['a day past any month’s end', { date: '2026-01-32' }, 'date: not a calendar date'],
    ['an unknown kind', { kind: 'removed' }, 'kind: kind must be one of added, corrected, updated'],
    ['a page that is not a site path', { pages: ['targets'] }, 'pages.0: a page is a site path starting with /, e.g. /targets/'],
    ['no source', { sources: [] }, 'sources: needs at least one source paragraph id, e.g. [s2-1-p1]'],
  ])('names %s', (_, patch, message) => expect(issues(s.changes, { ...good, ...patch })).toEqual([message]));
});
