import crypto from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readPlanText } from './content-files';
import { chineseNumeralValue, clauseIds, parsePlan, planBlocks, planLines } from './plan-text';

// SHA-256 of the official text as published in shared/source, taken once: the project keeps its own copy
// and never reads ../shared at build or test time.
const OFFICIAL_SHA256 = '9e3c2606a1ab02c3a8751704a676f0c827b3a1be13ae083cd2353451472c339d';

describe('the official text', () => {
  const text = readPlanText();

  test('is byte-identical to the published copy', () => {
    expect(crypto.createHash('sha256').update(text).digest('hex')).toBe(OFFICIAL_SHA256);
  });

  test('every line appears exactly once, in order, as a block of the tree', () => {
    expect(planBlocks(parsePlan(text)).map((b) => b.text)).toEqual(planLines(text));
  });

  test('block ids are unique, ASCII and anchor-safe', () => {
    const ids = planBlocks(parsePlan(text)).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  test('follows the document structure: four sections, their subsections and labels', () => {
    const tree = parsePlan(text);
    expect(tree.sections.map((s) => s.heading.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    expect(tree.sections.map((s) => s.subsections.length)).toEqual([2, 2, 6, 4]);
    const blocks = new Map(planBlocks(tree).map((b) => [b.id, b]));
    expect(blocks.get('s2-1-p1')).toMatchObject({ label: '二（一）¶1', kind: 'paragraph' });
    expect(blocks.get('s2-1-p1')!.text.startsWith('1．文化旅游。')).toBe(true);
    expect(blocks.get('s3-3-p2')!.text.startsWith('实施一批文旅融合型重大项目。')).toBe(true);
    expect(blocks.get('notice-p1')!.text).toBe('越政发〔2023〕14号');
    expect(tree.cc[0]!.text.startsWith('抄送：')).toBe(true);
  });

  test('clauses: the notice body and every numbered paragraph, not its 文号, title, addressees, signature or date', () => {
    const tree = parsePlan(text);
    const clauses = clauseIds(tree);
    const byText = new Map(tree.notice.map((b) => [b.text, b.id]));
    expect(tree.notice.filter((b) => clauses.has(b.id)).map((b) => b.text)).toEqual([
      '《越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案》已经区政府研究同意，现印发给你们，请认真贯彻执行。',
    ]);
    for (const line of ['越政发〔2023〕14号', '2023年12月29日', '（此件公开发布）']) expect(clauses.has(byText.get(line)!)).toBe(false);
    for (const b of planBlocks(tree)) if (b.kind === 'paragraph') expect(clauses.has(b.id)).toBe(true);
    for (const id of ['title-1', 's1', 's2-1', 'cc']) expect(clauses.has(id)).toBe(false);
  });
});

describe('parsePlan on small texts', () => {
  const sample = [
    '越政发〔2023〕14号',
    '越城区开展“1616”专项行动打造现代服务业',
    '高质量发展样板区实施方案',
    '序。',
    '一、甲',
    '（一）乙',
    '段一。',
    '段二。',
    '二、丙',
    '段三。',
    '抄送：某某。',
  ].join('\n\n');

  test('numbers paragraphs within their subsection or section', () => {
    const blocks = planBlocks(parsePlan(sample));
    expect(blocks.map((b) => `${b.id}|${b.label}`)).toEqual([
      'notice-p1|通知¶1',
      'title-1|标题',
      'title-2|标题',
      'preamble-p1|序言¶1',
      's1|一',
      's1-1|一（一）',
      's1-1-p1|一（一）¶1',
      's1-1-p2|一（一）¶2',
      's2|二',
      's2-p1|二¶1',
      'cc|抄送',
    ]);
  });

  test('fails loudly when the plan title is missing', () => {
    expect(() => parsePlan('随便一段文字')).toThrow(/title line/);
  });

  test('reads the numerals the document uses', () => {
    expect(chineseNumeralValue('一')).toBe(1);
    expect(chineseNumeralValue('六')).toBe(6);
    expect(() => chineseNumeralValue('十一')).toThrow();
  });
});
