// The open-data files exist, parse, match the collections' counts and keep Chinese intact.
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { DATASETS } from '../../src/lib/open-data';
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
