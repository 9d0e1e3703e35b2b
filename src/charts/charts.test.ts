// Each chart kind, given fixture data, draws the expected marks, labels and links; the output is
// deterministic and equal to the committed files in __expected__/ (UPDATE_EXPECTED=1 rewrites them).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { bars } from './bars';
import { matrix } from './matrix';
import { tree } from './tree';
import { waffle } from './waffle';

const EXPECTED = path.join(import.meta.dirname, '__expected__');

function matchesFile(name: string, svg: string) {
  const file = path.join(EXPECTED, `${name}.svg`);
  if (process.env['UPDATE_EXPECTED'] === '1') fs.writeFileSync(file, svg + '\n');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run UPDATE_EXPECTED=1 npm run test:unit and commit it`);
  expect(svg + '\n').toBe(fs.readFileSync(file, 'utf8'));
}

const doc = (svg: string) => parse(svg);
const texts = (svg: string) => doc(svg).querySelectorAll('text').map((t) => t.text);
const links = (svg: string) => doc(svg).querySelectorAll('a').map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);

describe('bars', () => {
  const data = [
    { label: '甲', value: 100, valueLabel: '100亿元', href: '/a/' },
    { label: '乙', value: 50, valueLabel: '50亿元以上', href: '/b/', tone: 1 },
    { label: '丙', value: 25, valueLabel: '突破25亿元' },
  ];
  const svg = bars(data, { id: 'fx-bars', title: '测试', description: '三条', legend: [{ label: '行业', tone: 0 }, { label: '工程', tone: 1 }] });

  test('one bar per datum, lengths proportional to value, value in words beside it', () => {
    const rects = doc(svg).querySelectorAll('rect.focus, rect[class*="focus"]').map((r) => Number(r.getAttribute('width')));
    expect(rects).toHaveLength(3);
    expect(rects[0]! / rects[1]!).toBeCloseTo(2, 1);
    expect(rects[1]! / rects[2]!).toBeCloseTo(2, 1);
    expect(texts(svg)).toEqual(['行业', '工程', '甲', '100亿元', '乙', '50亿元以上', '丙', '突破25亿元']);
  });

  test('bars with a link are links named by label and value', () => {
    expect(links(svg)).toEqual([['/a/', '甲：100亿元'], ['/b/', '乙：50亿元以上']]);
  });

  test('a shared maximum keeps panels on one scale', () => {
    const half = bars([data[1]!], { id: 'x', title: 't', description: 'd', max: 100 });
    const full = bars([data[0]!], { id: 'x', title: 't', description: 'd', max: 100 });
    const w = (s: string) => Number(doc(s).querySelector('rect')!.getAttribute('width'));
    expect(w(full) / w(half)).toBeCloseTo(2, 1);
  });

  test('is deterministic and matches the committed file', () => {
    expect(bars(data, { id: 'fx-bars', title: '测试', description: '三条', legend: [{ label: '行业', tone: 0 }, { label: '工程', tone: 1 }] })).toBe(svg);
    matchesFile('bars', svg);
  });
});

describe('waffle', () => {
  const svg = waffle(
    [{ label: '甲类', count: 4, totalLabel: '40亿元', href: '#a' }, { label: '乙类', count: 1, totalLabel: '10亿元', tone: 1 }],
    { id: 'fx-waffle', title: '测试', description: '两组', unitLabel: '10亿元', columns: 3 },
  );
  test('one square per unit, grouped and labelled with totals, plus a key', () => {
    const squares = doc(svg).querySelectorAll('rect');
    expect(squares).toHaveLength(4 + 1 + 1);
    expect(texts(svg)).toEqual(['甲类 40亿元', '乙类 10亿元', '= 10亿元']);
    expect(links(svg)).toEqual([['#a', '甲类：40亿元']]);
  });
  test('matches the committed file', () => matchesFile('waffle', svg));
});

describe('tree', () => {
  const svg = tree(
    { label: '根', children: [{ label: '甲', href: '/a/', children: [{ label: '甲一' }] }, { label: '乙', note: '备注', href: '/b/' }] },
    { id: 'fx-tree', title: '测试', description: '树' },
  );
  test('lists nodes in reading order (pre-order) with one connector per child', () => {
    expect(texts(svg)).toEqual(['根', '甲', '甲一', '乙 备注']);
    expect(doc(svg).querySelectorAll('path')).toHaveLength(3);
    expect(links(svg)).toEqual([['/a/', '甲'], ['/b/', '乙 备注']]);
  });
  test('matches the committed file', () => matchesFile('tree', svg));
});

describe('matrix', () => {
  const svg = matrix(
    { rows: [{ label: '单位甲', href: '/u/a/' }, { label: '单位乙' }], columns: [{ label: '行业', href: '/i/' }, { label: '工程', tone: 2 }], cells: [[true, false], [true, true]] },
    { id: 'fx-matrix', title: '测试', description: '矩阵' },
  );
  test('a ticked square where named, a dot where not; rows and columns labelled', () => {
    expect(doc(svg).querySelectorAll('path.tick')).toHaveLength(3);
    expect(texts(svg)).toEqual(['行业', '工程', '单位甲', '单位乙']);
    expect(links(svg)).toEqual([['/i/', '行业'], ['/u/a/', '单位甲']]);
  });
  test('fits its longest labels', () => {
    const long = matrix({ rows: [{ label: '区服务业发展领导小组各成员单位' }], columns: [{ label: '产业赋能型' }], cells: [[true]] }, { id: 'x', title: 't', description: 'd' });
    const [, , w] = doc(long).querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBeGreaterThan(15 * 11 + 20);
  });
  test('matches the committed file', () => matchesFile('matrix', svg));
});
