import { describe, expect, test } from 'vitest';
import { paragraphMap, readPlanText } from './content-files';
import { assertIntegrity, checkIntegrity, formatProblems } from './integrity';
import { loadContent } from './load-content';
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
    expect(formatProblems(problems)).toBe('content/industries.yaml → cultural-tourism → responsibilities.0.units.5: unknown units id "no-such-unit"');
    expect(() => assertIntegrity(c, paragraphs)).toThrow(/Content integrity check failed:\ncontent\/industries\.yaml → cultural-tourism/);
  });

  test('finds references anywhere: a target’s industry, a project’s platform', () => {
    const c = fresh();
    c.targets[0]!.data.industry = { collection: 'industries', id: 'tourism' };
    c.projects.find((p) => p.id === 'sams-club')!.data.platform = { collection: 'platforms', id: 'nowhere' };
    expect(checkIntegrity(c, paragraphs).map((p) => `${p.file} ${p.field}: ${p.message}`).sort()).toEqual([
      `content/projects.yaml platform: unknown platforms id "nowhere"`,
      `content/targets.yaml industry: unknown industries id "tourism"`,
    ]);
  });

  test('a unit listed under a clause must be named in that clause', () => {
    const c = fresh();
    c.industries.find((i) => i.id === 'digital-software')!.data.responsibilities[0]!.units.push({ collection: 'units', id: 'health-bureau' });
    expect(checkIntegrity(c, paragraphs)).toEqual([
      { file: 'content/industries.yaml', entry: 'digital-software', field: 'responsibilities.0.units.3', message: '区卫生健康局 is not named in s2-2-p2' },
    ]);
  });

  test('a categorised project cites its category’s clause first', () => {
    const c = fresh();
    c.projects.find((p) => p.id === 'sams-club')!.data.category = { collection: 'projectCategories', id: 'culture-tourism' };
    expect(checkIntegrity(c, paragraphs)).toEqual([
      { file: 'content/projects.yaml', entry: 'sams-club', field: 'sources.0', message: 'a 文旅融合型 project cites s3-3-p2 first' },
    ]);
  });
});
