// The terminology table against the real content, and each of its rules on a small bad table, so every rule is
// seen to fail. The table is read with the same strict reader as the content collections.
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { schemaContext } from './load-content';
import { CONTENT_FILES, contentDir, readCollection, readEntries, readPlanText, type RawEntry } from './content-files';
import { parsePlan } from './plan-text';
import { NAME_FIELDS, officialNames, TERMINOLOGY_FILE, terminologyProblems, type NamedCollection } from './terminology';
import { schemas } from '../schemas';
import { terminologySchema, type TerminologyEntry } from '../schemas/terminology';

const schema = terminologySchema();
const raw = readEntries(path.join(contentDir(), TERMINOLOGY_FILE));
// An entry the schema rejects is left out here and named by the schema test, so each test reports its own problem.
const table = raw.flatMap(({ id, data }) => {
  const r = schema.safeParse(data);
  return r.success ? [{ id, data: r.data }] : [];
});
const planTitle = parsePlan(readPlanText())
  .title.map((b) => b.text)
  .join('');
const names = officialNames(
  Object.fromEntries(
    (Object.keys(NAME_FIELDS) as NamedCollection[]).map((c) => [c, readCollection(contentDir(), CONTENT_FILES[c])]),
  ) as Record<NamedCollection, RawEntry[]>,
  planTitle,
);

/** `field: message` for every issue, or [] when the input is valid. */
function issues(s: z.ZodType, input: unknown): string[] {
  const r = s.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content/terminology.yaml', () => {
  test('every entry passes the schema', () => {
    expect(raw.flatMap(({ id, data }) => issues(schema, data).map((m) => `${id}: ${m}`))).toEqual([]);
  });

  test('has one entry for each official name in the content, and one rendering for each name', () => {
    expect(terminologyProblems(table, names)).toEqual([]);
    expect(table.length).toBe(names.size);
  });

  test('finds the names it should: the plan title, a unit alias, a programme short name, a category full name', () => {
    expect(names.get(planTitle)).toEqual(['plan.title']);
    expect(names.get('区经信局<区金融办>')).toEqual(['units/economy-it-bureau.aliases']);
    expect(names.get('平台提能')).toEqual(['programmes/platforms.shortName']);
    expect(names.get('产业赋能型重大项目')).toEqual(['projectCategories/industry-enabling.fullName']);
    expect(names.get('鉴水科技城')).toEqual(['platforms/jianshui-science-city.name', 'projects/jianshui-science-city.name']);
  });

  test('the name fields are fields of the content schemas, so a renamed field cannot drop its names unseen', () => {
    const s = schemas(schemaContext());
    for (const [collection, fields] of Object.entries(NAME_FIELDS) as [NamedCollection, readonly string[]][]) {
      const shape = (s[collection] as unknown as { shape: Record<string, unknown> }).shape;
      for (const field of fields) expect(Object.keys(shape), `${collection}.${field}`).toContain(field);
    }
  });

  /** Readings pinyin-pro gets wrong in these names (a place name's old reading, a company's name), as toneless syllables. */
  const READINGS: readonly (readonly [string, string])[] = [
    ['会稽', 'kuaiji'],
    ['华发', 'huafa'],
  ];
  const toneless = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');

  test('each pinyin has the syllables of its name (checked without tones against pinyin-pro)', () => {
    const wrong = table.flatMap(({ id, data }) => {
      const zh = READINGS.reduce((s, [word, reading]) => s.replaceAll(word, reading), data.zh);
      const expected = toneless(pinyin(zh, { toneType: 'none', nonZh: 'consecutive' }));
      return toneless(data.pinyin) === expected ? [] : [`${id}: "${data.pinyin}" should read ${expected}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('terminologySchema', () => {
  const good = { zh: '区商务局', en: 'District Bureau of Commerce', pinyin: 'Qū Shāngwùjú' };

  test('a correct entry passes; Latin text the name writes is kept as it is', () => {
    expect(issues(schema, good)).toEqual([]);
    expect(issues(schema, { zh: '高铁TOD', en: 'High-Speed Rail TOD', pinyin: 'Gāotiě TOD' })).toEqual([]);
  });

  test.each([
    ['pinyin without tone marks', { pinyin: 'Qu Shangwuju' }, 'pinyin: pinyin needs tone marks (ā á ǎ à): "Qu", "Shangwuju"'],
    ['one word without tone marks', { pinyin: 'Qū Shangwuju' }, 'pinyin: pinyin needs tone marks (ā á ǎ à): "Shangwuju"'],
    ['tone numbers', { pinyin: 'Qu1 Shang1wu4ju2' }, 'pinyin: pinyin needs tone marks'],
    ['Latin capitals the name does not write', { pinyin: 'QU SHANGWUJU' }, 'pinyin: pinyin needs tone marks'],
    ['Chinese characters in the pinyin', { pinyin: 'Qū 商务局' }, 'pinyin: pinyin must not contain Chinese characters'],
    ['Chinese characters in the English', { en: 'District 商务局' }, 'en: the English rendering must not contain Chinese characters'],
    ['an empty rendering', { en: ' ' }, 'en: must not be empty'],
    ['sameAs naming itself', { sameAs: '区商务局' }, 'sameAs: sameAs names another entry'],
  ])('fails on %s', (_, change, message) => {
    expect(issues(schema, { ...good, ...change }).join('\n')).toContain(message);
  });
});

describe('terminologyProblems', () => {
  const entry = (id: string, data: Partial<TerminologyEntry> & { zh: string; en: string }) => ({
    id,
    data: { pinyin: 'x', ...data },
  });
  const commerce = entry('commerce-bureau', { zh: '区商务局', en: 'District Bureau of Commerce' });
  const science = entry('science-bureau', { zh: '区科技局', en: 'District Bureau of Science and Technology' });
  const namesOf = (...zh: string[]) => new Map(zh.map((z) => [z, [`units/${z}.name`]]));

  test('a complete table with one rendering per name has no problem', () => {
    expect(terminologyProblems([commerce, science], namesOf('区商务局', '区科技局'))).toEqual([]);
  });

  test('an official name without an entry', () => {
    expect(terminologyProblems([commerce], namesOf('区商务局', '区科技局'))).toEqual([
      '"区科技局" (units/区科技局.name) has no entry: add its English rendering and pinyin',
    ]);
  });

  test('an entry whose zh no content uses', () => {
    expect(terminologyProblems([commerce, science], namesOf('区商务局'))).toEqual([
      'science-bureau: "区科技局" is not an official name in the content; remove the entry or fix zh',
    ]);
  });

  test('two entries for one name', () => {
    const again = entry('commerce-2', { zh: '区商务局', en: 'Commerce Bureau of the District' });
    expect(terminologyProblems([commerce, again], namesOf('区商务局'))).toEqual([
      'commerce-2: "区商务局" already has an entry (commerce-bureau); a name has one entry',
    ]);
  });

  test('two names rendered one way, however the letters are cased', () => {
    const same = entry('science-bureau', { zh: '区科技局', en: 'district bureau of  commerce' });
    expect(terminologyProblems([commerce, same], namesOf('区商务局', '区科技局'))).toEqual([
      'science-bureau: "区科技局" and "区商务局" (commerce-bureau) are both rendered "district bureau of  commerce"; give each its own, or set sameAs',
    ]);
  });

  test('a shared rendering marked by sameAs passes; sameAs must name an entry with the same English', () => {
    const alias = entry('alias', { zh: '商务局', en: 'District Bureau of Commerce', sameAs: '区商务局' });
    expect(terminologyProblems([commerce, alias], namesOf('区商务局', '商务局'))).toEqual([]);
    const differs = entry('alias', { zh: '商务局', en: 'Bureau of Commerce', sameAs: '区商务局' });
    expect(terminologyProblems([commerce, differs], namesOf('区商务局', '商务局'))).toEqual([
      'alias: sameAs "区商务局" but its English differs: "Bureau of Commerce" / "District Bureau of Commerce"',
    ]);
    const nowhere = entry('alias', { zh: '商务局', en: 'Bureau of Commerce', sameAs: '市商务局' });
    expect(terminologyProblems([commerce, nowhere], namesOf('区商务局', '商务局'))).toEqual([
      'alias: sameAs "市商务局" is not the zh of an entry',
    ]);
  });

  test('a name rendered one way alone and another way inside a longer name', () => {
    const city = entry('city', { zh: '鉴水科技城', en: 'Jianshui Science and Technology City' });
    const team = entry('team', { zh: '鉴水科技城专班', en: 'Jianshui Sci-Tech City Task Force' });
    expect(
      terminologyProblems(
        [city, team],
        new Map([
          ['鉴水科技城', ['a']],
          ['鉴水科技城专班', ['b']],
        ]),
      ),
    ).toEqual([
      'team: "鉴水科技城专班" contains "鉴水科技城", but "Jianshui Sci-Tech City Task Force" does not contain its rendering "Jianshui Science and Technology City"',
    ]);
  });
});

describe('officialNames', () => {
  test('collects every name field, lists and all, with where it is used', () => {
    const none = { industries: [], programmes: [], platforms: [], projects: [], projectCategories: [] };
    const units = [{ id: 'economy-it-bureau', data: { name: '区经信局', aliases: ['区经信局<区金融办>'], kind: 'bureau' } }];
    expect([...officialNames({ ...none, units }, '标题')]).toEqual([
      ['标题', ['plan.title']],
      ['区经信局', ['units/economy-it-bureau.name']],
      ['区经信局<区金融办>', ['units/economy-it-bureau.aliases']],
    ]);
  });
});
