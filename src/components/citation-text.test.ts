import { expect, test } from 'vitest';
import { citationParts, type CitationInput } from '../lib/cite';
import { loadContent } from '../lib/load-content';
import { buildSite } from '../lib/relations';
import { citationTexts } from './citation-text';

const site = buildSite(loadContent().collections);
const citations = (s: typeof site, c: CitationInput) => citationTexts(citationParts(s, c));
const c = citations(site, {
  subject: '山姆超市',
  paragraphs: ['s3-3-p3'],
  url: 'https://example.org/projects/sams-club/',
  version: '2026-11-27',
});

test('the Chinese citation names the document first, then the clause, then the portal page and version', () => {
  expect(c.zh).toBe(
    '绍兴市越城区人民政府《越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案》（越政发〔2023〕14号，2023年12月29日），三（三）¶3。转引自：越城区“1616”专项行动“山姆超市”，https://example.org/projects/sams-club/，2026-11-27版。',
  );
});

test('the GB/T 7714 citation follows the standard’s order: author. title: number[Z]. date. then the web source', () => {
  expect(c.gbt).toBe(
    '绍兴市越城区人民政府. 越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案: 越政发〔2023〕14号[Z]. 2023-12-29: 三（三）¶3. 越城区“1616”专项行动: 山姆超市[EB/OL]. (2026-11-27)[2026-11-27]. https://example.org/projects/sams-club/.',
  );
});

test('several clauses are listed in order', () => {
  expect(citations(site, { subject: 'x', paragraphs: ['s1-2-p5', 's3-4-p1'], url: 'u', version: 'v' }).zh).toContain(
    '一（二）¶5、三（四）¶1',
  );
});

test('a page resting on the whole document cites it without a clause', () => {
  const whole = citations(site, { subject: '责任单位', paragraphs: [], url: 'u', version: 'v' });
  expect(whole.zh).toContain('（越政发〔2023〕14号，2023年12月29日）。转引自');
  expect(whole.gbt).toContain('[Z]. 2023-12-29. 越城区');
});

test('while SITE_URL is unset a citation names the document and the clause only, with no address at all', () => {
  const bare = citations(site, { subject: '山姆超市', paragraphs: ['s3-3-p3'], url: undefined, version: '2026-11-27' });
  expect(bare.zh).toBe(
    '绍兴市越城区人民政府《越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案》（越政发〔2023〕14号，2023年12月29日），三（三）¶3。',
  );
  expect(bare.gbt).toBe(
    '绍兴市越城区人民政府. 越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案: 越政发〔2023〕14号[Z]. 2023-12-29: 三（三）¶3.',
  );
  const whole = citations(site, { subject: '责任单位', paragraphs: [], url: undefined, version: 'v' });
  expect(whole.zh).toBe(
    '绍兴市越城区人民政府《越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案》（越政发〔2023〕14号，2023年12月29日）。',
  );
  expect(whole.gbt).not.toMatch(/http|EB\/OL/);
});
