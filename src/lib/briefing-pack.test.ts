import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { licenceText } from '../components/licence-text';
import { packWords } from '../components/pack-words';
import { briefingPack, dictionaryFields, packName, type BriefingInput } from './briefing-pack';
import { DATA_LICENCE } from './licence';
import { loadContent } from './load-content';
import { dictionaryCsv, rows } from './open-data';
import { buildSite } from './relations';

const site = buildSite(loadContent().collections);
const licence = licenceText(site, 'https://example.org/');
const chosen = rows(site, 'projects').filter((r) => r['category'] === 'culture-tourism');
const input: BriefingInput = {
  dataset: 'projects',
  title: '重大项目',
  rows: chosen,
  dictionaryCsv: dictionaryCsv('projects', { yes: '是', no: '否' }),
  citation: { zh: '绍兴市越城区人民政府《…》', gbt: '绍兴市越城区人民政府. …[Z].' },
  filters: ['类别：文旅融合型'],
  url: 'https://example.org/projects/?category=culture-tourism',
  date: '2026-11-27',
  terms: ['许可', licence.data, licence.attribution, licence.planText],
  words: packWords(),
};

test('the pack holds the filtered rows as CSV and JSON, the dictionary, the citation and a readme', () => {
  const files = unzipSync(briefingPack(input));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'citation.txt', 'data-dictionary.csv', 'projects.csv', 'projects.json']);
  // Bytes, not a decoded string: TextDecoder hides a BOM.
  expect([...files['projects.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = csvParse(strFromU8(files['projects.csv']!).replace(/^\uFEFF/, ''));
  expect(parsed.map((r) => r['id'])).toEqual(chosen.map((r) => r['id']));
  expect(parsed.columns).toEqual(dictionaryFields(input.dictionaryCsv));
  expect(parsed.find((r) => r['id'] === 'huangjiu-town')!['name']).toBe('黄酒小镇');
  expect(JSON.parse(strFromU8(files['projects.json']!))).toEqual(chosen);
  expect(strFromU8(files['citation.txt']!)).toContain('绍兴市越城区人民政府《…》');
  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain(`重大项目：筛选结果（${chosen.length}条）`);
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

test('dictionary fields come out in order, whatever the descriptions contain', () => {
  expect(dictionaryFields('\uFEFFname,type\r\nid,string\r\nquote,"a, ""b"""\r\n')).toEqual(['id', 'quote']);
  expect(packName(input)).toBe('yuecheng-1616-projects-2026-11-27.zip');
});
