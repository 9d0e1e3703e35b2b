import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { schemas } from '../schemas';
import { loadContent, schemaContext } from './load-content';
import {
  bundle,
  DATASETS,
  dictionary,
  dictionaryCsv,
  idFields,
  jsonSchema,
  paragraphRows,
  readableKinds,
  readableRows,
  rows,
  toCsv,
} from './open-data';
import { planLines } from './plan-text';
import { readPlanText } from './content-files';
import { DATA_LICENCE, licenceBlock } from './licence';
import { buildSite } from './relations';

const { collections } = loadContent();
const site = buildSite(collections);
const validate = schemas(schemaContext());

describe.each(DATASETS)('%s', (name) => {
  const data = rows(site, name);

  test('has every entry once, with its stable id', () => {
    expect(data.map((r) => r.id).sort()).toEqual(collections[name].map((e) => e.id).sort());
  });

  test('rows are the content as written: each validates against the collection’s own schema', () => {
    for (const { id, ...fields } of data) expect(validate[name].safeParse(fields).success, String(id)).toBe(true);
  });

  test('the data dictionary describes every field of the JSON Schema', () => {
    const fields = dictionary(name);
    expect(fields[0]).toMatchObject({ name: 'id', required: true });
    for (const f of fields) expect(f.description, `${name}.${f.name}`).not.toBe('');
    const used = new Set(data.flatMap((r) => Object.keys(r)));
    for (const key of used)
      expect(
        fields.map((f) => f.name),
        `${name}: ${key} is undocumented`,
      ).toContain(key);
  });

  test('CSV has a BOM, one row per entry, and keeps Chinese intact', () => {
    const csv = toCsv(name, data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = csvParse(csv.slice(1));
    expect(parsed).toHaveLength(data.length);
    expect(parsed.columns).toEqual(dictionary(name).map((f) => f.name));
    const firstName = (data[0]!['name'] ?? data[0]!['label'] ?? data[0]!['term'] ?? data[0]!['question'] ?? data[0]!['title']) as string;
    expect(Object.values(parsed[0]!)).toContain(firstName);
  });

  test('no cell of the real data needs the formula guard (src/lib/csv.ts), so the guard leaves the file as it was', () => {
    const guarded = csvParseRows(toCsv(name, data).slice(1))
      .flat()
      .filter((cell) => /^'[=+\-@\t\r]/.test(cell));
    expect(guarded).toEqual([]);
  });
});

test('the data dictionary as CSV has one row per field, in the order of the data CSV’s columns', () => {
  const parsed = csvParse(dictionaryCsv('projects', { yes: '是', no: '否' }).slice(1));
  expect(parsed.map((f) => f['name'])).toEqual(csvParse(toCsv('projects', rows(site, 'projects')).slice(1)).columns);
  expect(parsed.find((f) => f['name'] === 'name')).toMatchObject({ required: '是', description: '项目名称，照录方案' });
});

test('the JSON Schema of targets says what a target is', () => {
  const js = jsonSchema('targets') as { properties: Record<string, { enum?: string[] }>; required: string[] };
  expect(js.required).toEqual(expect.arrayContaining(['id', 'label', 'value', 'unit', 'comparator', 'quote', 'sources']));
  expect(js.properties['unit']!.enum).toContain('亿元');
});

test('nested records stay readable in CSV as JSON, lists of words as 「；」-joined text', () => {
  const parsed = csvParse(toCsv('industries', rows(site, 'industries')).slice(1));
  const first = parsed[0]!;
  expect(JSON.parse(first['commitments']!)[0]).toHaveProperty('source', 's2-1-p1');
  const units = csvParse(toCsv('units', rows(site, 'units')).slice(1));
  expect(units.find((u) => u['id'] === 'economy-it-bureau')!['aliases']).toBe('区经信局<区金融办>');
});

test('the bundle holds the full text and every collection', () => {
  const b = bundle(site, licenceBlock(site, { attribution: 'credit', planText: 'note' }));
  expect(b.paragraphs.map((p) => p['text'])).toEqual(planLines(readPlanText()));
  expect(paragraphRows(site)).toHaveLength(b.paragraphs.length);
  for (const n of DATASETS) expect((b as unknown as Record<string, unknown[]>)[n]).toHaveLength(collections[n].length);
  expect(b.plan.docNumber).toBe('越政发〔2023〕14号');
  expect(b.license.data).toEqual({ id: 'CC-BY-4.0', name: 'CC BY 4.0', url: DATA_LICENCE.url, attribution: 'credit' });
  expect(b.license.planText).toEqual({ title: site.title, issuer: '绍兴市越城区人民政府', docNumber: '越政发〔2023〕14号', note: 'note' });
});

test('each paragraph that ends with a 责任单位 list carries it in the plan’s own spelling', () => {
  const rowsById = new Map(paragraphRows(site).map((r) => [r['id'], r]));
  expect(rowsById.get('s2-2-p3')!['responsibilityList']).toBe('区经信局<区金融办>、区招商投资促进中心<专班>、国投集团、高投集团、各镇街');
  expect(rowsById.get('s3-1-p4')!['responsibilityList']).toBe('各服务业发展领导小组成员单位按职责落实');
  expect(rowsById.get('s4-1-p1')!['responsibilityList']).toBeUndefined();
  expect([...rowsById.values()].filter((r) => r['responsibilityList']).length).toBe(site.listCoverage.lists);
});

describe('the readable rows', () => {
  const words = { yes: '是', no: '否', separator: '、', recordSeparator: '；', colon: '：' };
  const readable = (name: (typeof DATASETS)[number]) => readableRows(site, name, words);

  test('references become names, paragraph ids clause labels, lists “、”-joined, flags 是/否; ids stay', () => {
    const row = readable('projects').find((r) => r['id'] === 'jianshui-science-city')!;
    expect(row).toMatchObject({ category: '产业赋能型重大项目', platform: '鉴水科技城', industries: '科技服务', group: '否' });
    expect(row['sources']).toBe('三（三）¶1、二（二）¶1');
  });

  test('nested records read as sentences, units by name', () => {
    const row = readable('industries').find((r) => r['id'] === 'cultural-tourism')!;
    expect(String(row['responsibilities'])).toMatch(/^二（一）¶1：区委宣传部、区文广旅游局/);
  });

  test('an item that holds “、” itself is kept whole by “；”', () => {
    const items = String(readable('measures')[0]!['items']);
    expect(items).toContain('；');
  });

  test('the dictionary says how each column reads; the id fields are those that hold references or clauses', () => {
    expect(readableKinds(site, 'projects')).toMatchObject({ id: 'same', category: 'names', sources: 'clauses', group: 'yesNo' });
    expect(idFields(site, 'projects')).toEqual(['id', 'category', 'platform', 'industries', 'sources']);
    expect(idFields(site, 'units')).toEqual(['id']);
    const csv = csvParse(dictionaryCsv('projects', words, { id: 'same' }).slice(1));
    expect(csv.columns).toEqual(['name', 'type', 'required', 'description', 'readable']);
  });
});
