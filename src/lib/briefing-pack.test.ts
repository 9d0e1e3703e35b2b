import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { licenceText } from '../components/licence-text';
import { packWords } from '../components/pack-words';
import { briefingPack, cellText, dictionaryFields, packCsv, packName, type BriefingInput } from './briefing-pack';
import { DATA_LICENCE } from './licence';
import { loadContent } from './load-content';
import { dictionaryCsv, idFields, rows } from './open-data';
import { buildSite } from './relations';

const site = buildSite(loadContent().collections);
const licence = licenceText(site, 'https://example.org/');
// The table as /projects/ shows it (read from the page by src/scripts/explorer-pack.ts); two rows are enough.
const table = {
  columns: ['项目', '类别', '相关行业', '平台', '责任单位（按所在条款）', '出处'],
  rows: [
    {
      id: 'huangjiu-town',
      cells: ['黄酒小镇', '文旅融合型', '文化旅游', '方案未写明', '区文广旅游局、黄酒小镇管委会', '三（三）¶2'],
      clauseUrls: [[], [], [], [], [], ['https://example.org/plan/#s3-3-p2']],
    },
    {
      id: 'sams-club',
      cells: ['山姆超市', '生活美好型', '现代商贸', '方案未写明', '区商务局', '三（三）¶3、二（一）¶1'],
      clauseUrls: [[], [], [], [], [], ['https://example.org/plan/#s3-3-p3', 'https://example.org/plan/#s2-1-p1']],
    },
  ],
};
const input: BriefingInput = {
  dataset: 'projects',
  title: '重大项目',
  table,
  raw: rows(site, 'projects'),
  idFields: idFields(site, 'projects'),
  dictionaryCsv: dictionaryCsv('projects', { yes: '是', no: '否' }),
  citation: { zh: '绍兴市越城区人民政府《…》', gbt: '绍兴市越城区人民政府. …[Z].' },
  filters: ['类别：文旅融合型'],
  url: 'https://example.org/projects/?category=culture-tourism',
  date: '2026-11-27',
  terms: ['许可', licence.data, licence.attribution, licence.planText],
  words: packWords(),
};

test('the pack holds the rows shown as CSV and JSON, the dictionary, the citation and a readme', () => {
  const files = unzipSync(briefingPack(input));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'citation.txt', 'data-dictionary.csv', 'projects.csv', 'projects.json']);
  // Bytes, not a decoded string: TextDecoder hides a BOM.
  expect([...files['projects.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = csvParse(strFromU8(files['projects.csv']!).replace(/^\uFEFF/, ''));
  expect(parsed.map((r) => r['id'])).toEqual(['huangjiu-town', 'sams-club']);
  // The columns on screen, headed as on screen and in that order; the clauses' addresses; then the ids for joining.
  expect(parsed.columns).toEqual([...table.columns, '出处网址', 'id', 'category', 'platform', 'industries', 'sources']);
  const sams = parsed.find((r) => r['id'] === 'sams-club')!;
  expect(sams['项目']).toBe('山姆超市');
  expect(sams['出处']).toBe('三（三）¶3、二（一）¶1');
  expect(sams['出处网址']).toBe('https://example.org/plan/#s3-3-p3 https://example.org/plan/#s2-1-p1');
  expect(sams['category']).toBe('better-living');
  expect(sams['sources']).toBe('s3-3-p3');
  const json = JSON.parse(strFromU8(files['projects.json']!)) as Record<string, unknown>[];
  expect(json[0]).toMatchObject({
    项目: '黄酒小镇',
    类别: '文旅融合型',
    '责任单位（按所在条款）': '区文广旅游局、黄酒小镇管委会',
    id: 'huangjiu-town',
  });
  // The dictionary describes every column of the CSV, in the same order.
  expect(dictionaryFields(strFromU8(files['data-dictionary.csv']!))).toEqual(parsed.columns);
  expect(strFromU8(files['data-dictionary.csv']!)).toContain('网页表格的“责任单位（按所在条款）”列');
  expect(strFromU8(files['citation.txt']!)).toContain('绍兴市越城区人民政府《…》');
  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain('重大项目：筛选结果（2条）');
  expect(readme).toContain('类别：文旅融合型');
  expect(readme).toContain(input.url);
});

test('the readme states the licence, how to credit, and that the plan’s text is an official document', () => {
  const readme = strFromU8(unzipSync(briefingPack(input))['README.txt']!);
  expect(readme).toContain(`（CC BY 4.0，${DATA_LICENCE.url}）`);
  expect(readme).toContain('越城区“1616”专项行动信息门户');
  expect(readme).toContain('https://example.org/data/');
  const note = readme.split('\n').find((line) => line.includes('第五条'))!;
  expect(note).toContain('《中华人民共和国著作权法》第五条');
  expect(note).toContain('绍兴市越城区人民政府');
  expect(note).toContain('越政发〔2023〕14号');
});

test('the plain CSV holds the same columns and rows as the pack’s, with the BOM', () => {
  const csv = packCsv(input);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.slice(1)).toBe(strFromU8(unzipSync(briefingPack(input))['projects.csv']!).replace(/^\uFEFF/, ''));
  expect(packName(input, 'csv')).toBe('yuecheng-1616-projects-2026-11-27.csv');
});

test('a cell reads as on screen: one space for a run of white space, none around 、', () => {
  expect(cellText('\n  区经信局<区金融办>\n 、\n 区商务局 ')).toBe('区经信局<区金融办>、区商务局');
});

test('dictionary fields come out in order, whatever the descriptions contain', () => {
  expect(dictionaryFields('\uFEFFname,type\r\nid,string\r\nquote,"a, ""b"""\r\n')).toEqual(['id', 'quote']);
  expect(packName(input)).toBe('yuecheng-1616-projects-2026-11-27.zip');
});
