import { describe, expect, test } from 'vitest';
import { paragraphMap, readPlanText } from './content-files';
import { checkIntegrity, formatProblems } from './integrity';
import { loadContent, withLines } from './load-content';
import type { Collections } from './types';

const paragraphs = paragraphMap(readPlanText());
const fresh = (): Collections => structuredClone(loadContent().collections);

describe('the real content', () => {
  test('loads without a schema problem', () => expect(loadContent().problems).toEqual([]));
  test('has no integrity problem', () => expect(checkIntegrity(fresh(), paragraphs)).toEqual([]));
});

describe('checkIntegrity', () => {
  test('names the file, entry and field of a dangling reference', () => {
    const c = fresh();
    const industry = c.industries.find((i) => i.id === 'cultural-tourism')!;
    industry.data.responsibilities[0]!.units.push({ collection: 'units', id: 'no-such-unit' });
    const problems = checkIntegrity(c, paragraphs);
    expect(formatProblems(problems)).toBe(
      'content/industries/cultural-tourism.mdx → cultural-tourism → responsibilities.0.units.5: unknown units id "no-such-unit"',
    );
    // In an MDX entry the message also names the line of the field in the frontmatter.
    expect(formatProblems(withLines(problems))).toMatch(
      /^content\/industries\/cultural-tourism\.mdx:14 → cultural-tourism → responsibilities\.0\.units\.5: unknown units id "no-such-unit"$/,
    );
  });

  test('finds references anywhere: a target’s industry, a project’s platform', () => {
    const c = fresh();
    c.targets[0]!.data.industry = { collection: 'industries', id: 'tourism' };
    c.projects.find((p) => p.id === 'sams-club')!.data.platform = { collection: 'platforms', id: 'nowhere' };
    expect(
      checkIntegrity(c, paragraphs)
        .map((p) => `${p.file} ${p.field}: ${p.message}`)
        .sort(),
    ).toEqual([
      `content/projects/sams-club.mdx platform: unknown platforms id "nowhere"`,
      `content/targets.yaml industry: unknown industries id "tourism"`,
    ]);
  });

  describe('responsibility lists are the plan’s, unit for unit', () => {
    const software = (c: Collections) => c.industries.find((i) => i.id === 'digital-software')!.data.responsibilities[0]!;
    const expected = (has: string) => [
      {
        file: 'content/industries/digital-software.mdx',
        entry: 'digital-software',
        field: 'responsibilities.0.units',
        message: `the 责任单位 list of s2-2-p2 reads "区经信局<区金融办>、区招商投资促进中心<专班>、各镇街": list exactly those units, in that order (this entry has ${has})`,
      },
    ];

    test('a unit the list does not name fails', () => {
      const c = fresh();
      software(c).units.push({ collection: 'units', id: 'health-bureau' });
      expect(checkIntegrity(c, paragraphs)).toEqual(expected('区经信局、区招商投资促进中心、各镇街、区卫生健康局'));
    });

    test('a missing unit fails', () => {
      const c = fresh();
      software(c).units.pop();
      expect(checkIntegrity(c, paragraphs)).toEqual(expected('区经信局、区招商投资促进中心'));
    });

    test('the plan’s order is kept', () => {
      const c = fresh();
      software(c).units.reverse();
      expect(checkIntegrity(c, paragraphs)).toEqual(expected('各镇街、区招商投资促进中心、区经信局'));
    });

    test('a paragraph without a list cannot be cited as one', () => {
      const c = fresh();
      c.programmes.find((p) => p.id === 'alliance')!.data.responsibilities[0]!.source = 's3-2-p1';
      expect(formatProblems(checkIntegrity(c, paragraphs))).toBe(
        [
          'content/programmes/alliance.mdx → alliance → responsibilities.0.source: s3-2-p1 has no 责任单位 list: cite the paragraph that ends with "（责任单位：…）"',
          'content/ → s3-2-p3 → responsibilities: the 责任单位 list of s3-2-p3 ("区发改局、区经信局<区金融办>、区科技局、区商务局、区文广旅游局、区招商投资促进中心<专班>、各镇街") is in no entry\'s responsibilities',
        ].join('\n'),
      );
    });

    test('every printed list is given once', () => {
      const c = fresh();
      const platforms = c.programmes.find((p) => p.id === 'platforms')!;
      c.programmes.find((p) => p.id === 'model-innovation')!.data.responsibilities.push({ ...platforms.data.responsibilities[0]! });
      expect(checkIntegrity(c, paragraphs).map((p) => p.message)).toEqual([
        'the 责任单位 list of s3-1-p4 is given by 2 entries (content/programmes/model-innovation.mdx → model-innovation; content/programmes/platforms.mdx → platforms): keep it in one',
      ]);
    });

    test('each of the three spellings of the leading group’s members is accepted only where the plan uses it', () => {
      const c = fresh();
      // 三（四）¶1 writes 区服务业发展领导小组各成员单位; 三（一）¶4 writes 各服务业发展领导小组成员单位.
      expect(c.programmes.find((p) => p.id === 'platforms')!.data.responsibilities[0]!.units.map((u) => u.id)).toEqual([
        'leading-group-members',
      ]);
      c.programmes.find((p) => p.id === 'platforms')!.data.responsibilities[0]!.units = [{ collection: 'units', id: 'leading-group' }];
      expect(checkIntegrity(c, paragraphs).map((p) => p.field)).toEqual(['responsibilities.0.units']);
    });
  });

  describe('checkIntegrity, across collections', () => {
    test('pages find targets by role: exactly one headline, and a count and an investment as project totals', () => {
      const c = fresh();
      c.targets.find((t) => t.id === 'services-share')!.data.role = 'headline';
      c.targets.find((t) => t.id === 'major-projects-count')!.data.role = undefined;
      expect(checkIntegrity(c, paragraphs).map((p) => p.message)).toEqual([
        'exactly one target has role: headline (the value added of services, the "1" of 1616); found 2',
        'role: projects-total marks two targets, the project count (个) and the investment (亿元)',
      ]);
    });

    test('a categorised project cites its category’s clause first', () => {
      const c = fresh();
      c.projects.find((p) => p.id === 'sams-club')!.data.category = { collection: 'projectCategories', id: 'culture-tourism' };
      expect(checkIntegrity(c, paragraphs)).toEqual([
        {
          file: 'content/projects/sams-club.mdx',
          entry: 'sams-club',
          field: 'sources.0',
          message: 'a 文旅融合型 project cites s3-3-p2 first',
        },
      ]);
    });
  });
});
