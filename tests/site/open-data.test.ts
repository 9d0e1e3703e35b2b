// The open-data files exist, parse, match the collections' counts and keep Chinese intact.
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { DATASETS } from '../../src/lib/open-data';
import { paths } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';

const { collections } = loadContent();
const read = (f: string) => fs.readFileSync(`dist/data/${f}`, 'utf8');

test.each(DATASETS)('%s: JSON, CSV and schema agree with the content', (name) => {
  const json = JSON.parse(read(`${name}.json`)) as { id: string }[];
  expect(json.map((r) => r.id).sort()).toEqual(collections[name].map((e) => e.id).sort());
  const csv = read(`${name}.csv`);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csvParse(csv.slice(1));
  expect(rows.map((r) => r['id'])).toEqual(json.map((r) => r.id));
  const schema = JSON.parse(read(`${name}.schema.json`)) as { properties: Record<string, unknown> };
  expect(rows.columns).toEqual(Object.keys(schema.properties));
});

test('plan.json bundles the document, its full text and every collection', () => {
  const b = JSON.parse(read('plan.json')) as Record<string, unknown[]> & { plan: { docNumber: string }; paragraphs: { text: string }[] };
  expect(b.plan.docNumber).toBe('越政发〔2023〕14号');
  expect(b.paragraphs.some((p) => p.text.startsWith('1．文化旅游。'))).toBe(true);
  for (const n of DATASETS) expect(b[n]).toHaveLength(collections[n].length);
});

test('/data/ lists every file, documents every field, and describes itself as a Dataset', () => {
  const doc = documentOf(builtPages().get('/data/')!);
  const hrefs = doc.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
  for (const f of fs.readdirSync('dist/data').filter((f) => f.endsWith('.json') || f.endsWith('.csv')))
    expect(hrefs).toContain(`/data/${f}`);
  const lds = doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as { '@type': string; distribution: unknown[] });
  const ld = lds.find((l) => l['@type'] === 'Dataset')!;
  expect(ld, 'a Dataset description').toBeDefined();
  expect(ld.distribution.length).toBeGreaterThan(DATASETS.length * 2);
  expect(doc.querySelectorAll('section[aria-labelledby^="dataset-"] tbody tr').length).toBeGreaterThan(60);
});

const readableFile = (name: string) => paths.readableCsv(name).replace(paths.dataFile(''), '');

test.each(DATASETS)('%s: a readable CSV beside the raw one, same rows and columns, names instead of codes', (name) => {
  const raw = csvParse(read(`${name}.csv`).slice(1));
  const text = read(readableFile(name));
  expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
  const readable = csvParse(text.slice(1));
  expect(readable.columns).toEqual(raw.columns);
  expect(readable.map((r) => r['id'])).toEqual(raw.map((r) => r['id']));
  // No JSON text and no paragraph ids (s3-3-p2) anywhere but in the id column.
  for (const row of readable)
    for (const [field, value] of Object.entries(row)) {
      if (field === 'id') continue;
      expect(value, `${name}.${field}`).not.toMatch(/^[[{]/);
      expect(value, `${name}.${field}`).not.toMatch(/\bs\d+(-\d+)*-p\d+\b/);
    }
});

test('the readable projects name their category, platform, industries and clauses; the raw file keeps the codes', () => {
  const find = (file: string) => csvParse(read(file).slice(1)).find((r) => r['id'] === 'jianshui-science-city')!;
  expect(find('projects.csv')).toMatchObject({ category: 'industry-enabling', industries: 'tech-services', sources: 's3-3-p1；s2-2-p1' });
  expect(find(readableFile('projects'))).toMatchObject({
    category: '产业赋能型重大项目',
    platform: '鉴水科技城',
    industries: '科技服务',
    sources: '三（三）¶1、二（二）¶1',
  });
});

test('/data/ offers each readable CSV, says which file is which, and the dictionary says what each readable column holds', () => {
  const doc = documentOf(builtPages().get('/data/')!);
  const links = doc.querySelectorAll('a[download]');
  for (const name of DATASETS) {
    const link = links.find((a) => a.getAttribute('href') === paths.readableCsv(name));
    expect(link, name).toBeDefined();
    expect(link!.text.trim()).toBe('易读 CSV');
  }
  const main = doc.querySelector('main')!.text;
  expect(main).toContain('“CSV”是原始数据');
  expect(main).toContain('“易读 CSV”的列与原始 CSV 相同');
  const projects = doc.querySelector('section[aria-labelledby="dataset-projects"] table')!;
  expect(projects.querySelectorAll('thead th').map((th) => th.text.trim())).toContain('易读 CSV');
  const sources = projects.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')!.text.trim() === 'sources')!;
  expect(sources.text).toContain('条款编号（如“三（三）¶2”）');
  const dict = csvParse(read('projects.dictionary.csv').slice(1));
  expect(dict.find((r) => r['name'] === 'category')!['readable']).toMatch(/^名称/);
});
