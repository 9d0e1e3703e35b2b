// Licences, as a reader meets them: the code under MIT, the portal's data and text under CC BY 4.0 (on /data/,
// /about/ and in the data files; the briefing pack's README is checked in src/lib/briefing-pack.test.ts), and the
// plan's own text as an official document outside copyright, naming its issuer and 文号.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { DATASETS } from '../../src/lib/open-data';
import { paths } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans';
const ISSUER = '绍兴市越城区人民政府';
const DOC_NUMBER = '越政发〔2023〕14号';
const main = (url: string) => documentOf(builtPages().get(url)!).querySelector('main')!;

test('the code is under MIT: a LICENSE file at the root, and package.json says so', () => {
  const licence = fs.readFileSync('LICENSE', 'utf8');
  expect(licence).toMatch(/^MIT License\n/);
  expect(licence).toMatch(/^Copyright \(c\) 2026 越城区“1616”专项行动信息门户 contributors$/m);
  expect(licence).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
  expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  expect((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { license?: string }).license).toBe('MIT');
});

test.each([paths.data(), paths.about()])('%s states CC BY 4.0 with its link, and that the plan’s text is an official document', (url) => {
  const m = main(url);
  const link = m.querySelector(`a[href="${CC_BY}"]`);
  expect(link, 'a link to the licence deed').not.toBeNull();
  expect(link!.text).toContain('CC BY 4.0');
  const note = m.querySelectorAll('p').find((p) => p.text.includes('著作权法》第五条'));
  expect(note, 'a paragraph citing 著作权法 第五条').toBeDefined();
  for (const words of [ISSUER, DOC_NUMBER, '《中华人民共和国著作权法》第五条']) expect(note!.text).toContain(words);
  expect(m.text).not.toContain('尚未为整理后的数据指定开放许可协议');
});

test('/data/ says how to attribute, and its Dataset description carries the licence', () => {
  const m = main(paths.data());
  const attribution = m.querySelectorAll('p').find((p) => p.text.includes('署名时'))!;
  expect(attribution.text).toContain('越城区“1616”专项行动信息门户');
  expect(attribution.querySelector(`a[href$="${paths.data()}"]`), 'a link to the portal').not.toBeNull();
  expect(m.text).toContain('CSV');
  const lds = documentOf(builtPages().get(paths.data())!)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as { '@type': string; license?: string });
  expect(lds.find((l) => l['@type'] === 'Dataset')!.license).toBe(CC_BY);
});

test('/about/ has a 许可 section that also names the code’s licence', () => {
  const about = main(paths.about());
  expect(about.querySelectorAll('h2').map((h) => h.text)).toContain('许可');
  expect(about.text).toContain('MIT');
});

test('plan.json and every schema carry the licence and the note on the plan’s text', () => {
  type Licence = { data: { id: string; url: string }; planText: { issuer: string; docNumber: string; note: string } };
  const b = JSON.parse(fs.readFileSync('dist/data/plan.json', 'utf8')) as { license?: Licence };
  expect(b.license, 'a license block').toBeDefined();
  expect(b.license!.data).toMatchObject({ id: 'CC-BY-4.0', url: CC_BY });
  expect(b.license!.planText).toMatchObject({ issuer: ISSUER, docNumber: DOC_NUMBER });
  expect(b.license!.planText.note).toContain('第五条');
  for (const n of [...DATASETS, 'paragraphs']) {
    const schema = JSON.parse(fs.readFileSync(`dist/data/${n}.schema.json`, 'utf8')) as { $comment?: string };
    expect(schema.$comment, n).toContain(CC_BY);
    expect(schema.$comment, n).toContain(DOC_NUMBER);
  }
});
