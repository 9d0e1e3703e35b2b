// Each chart kind, given fixture data, draws the expected marks, labels and links; the output is
// deterministic and equal to the committed files in __expected__/, pretty-printed so a change reads as a diff
// (after an intended change: `npx vitest run --project unit -u`, then review the diff).
import { parse } from 'node-html-parser';
import { format } from 'prettier';
import { describe, expect, test } from 'vitest';
import { bars, defaults } from './bars';
import { textWidth } from './svg';
import { matrix } from './matrix';
import { timeline } from './timeline';
import { tree } from './tree';
import { waffle } from './waffle';

/** The chart, one element per line, equal to its committed file snapshot. */
async function matchesFile(name: string, svg: string) {
  const pretty = await format(svg, { parser: 'html', printWidth: 120, htmlWhitespaceSensitivity: 'ignore' });
  await expect(pretty).toMatchFileSnapshot(`__expected__/${name}.svg`);
}

const doc = (svg: string) => parse(svg);
const texts = (svg: string) =>
  doc(svg)
    .querySelectorAll('text')
    .map((t) => t.text);
const links = (svg: string) =>
  doc(svg)
    .querySelectorAll('a')
    .map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);

describe('bars', () => {
  const data = [
    { label: '甲', value: 100, valueLabel: '100亿元', href: '/a/' },
    { label: '乙', value: 50, valueLabel: '50亿元以上', href: '/b/', tone: 1 },
    { label: '丙', value: 25, valueLabel: '突破25亿元' },
  ];
  const options = {
    id: 'fx-bars',
    title: '测试',
    description: '三条',
    legend: [
      { label: '行业', tone: 0 },
      { label: '工程', tone: 1 },
    ],
  };
  const svg = bars(data, options);

  test('one bar per datum, lengths proportional to value, value in words beside it', () => {
    const rects = doc(svg)
      .querySelectorAll('rect.focus, rect[class*="focus"]')
      .map((r) => Number(r.getAttribute('width')));
    expect(rects).toHaveLength(3);
    expect(rects[0]! / rects[1]!).toBeCloseTo(2, 1);
    expect(rects[1]! / rects[2]!).toBeCloseTo(2, 1);
    expect(texts(svg)).toEqual(['行业', '工程', '甲', '100亿元', '乙', '50亿元以上', '丙', '突破25亿元']);
  });

  test('bars with a link are links named by label and value', () => {
    expect(links(svg)).toEqual([
      ['/a/', '甲：100亿元'],
      ['/b/', '乙：50亿元以上'],
    ]);
  });

  test('a shared maximum keeps panels on one scale', () => {
    const half = bars([data[1]!], { id: 'x', title: 't', description: 'd', max: 100 });
    const full = bars([data[0]!], { id: 'x', title: 't', description: 'd', max: 100 });
    const w = (s: string) => Number(doc(s).querySelector('rect[class*="focus"]')!.getAttribute('width'));
    expect(w(full) / w(half)).toBeCloseTo(2, 1);
  });

  test('is deterministic and matches the committed file', async () => {
    expect(bars(data, options)).toBe(svg);
    await matchesFile('bars', svg);
  });
});

test('bars of different units are grouped under headings, each group on its own scale', () => {
  const svg = bars(
    [
      { label: '金额', value: 1500, valueLabel: '1500亿元', group: '单位：亿元' },
      { label: '楼宇', value: 65, valueLabel: '65幢', group: '单位：幢' },
      { label: '小楼', value: 13, valueLabel: '13幢', group: '单位：幢' },
    ],
    { id: 'g', title: 't', description: 'd' },
  );
  expect(texts(svg)).toEqual(['单位：亿元', '单位：幢', '金额', '1500亿元', '楼宇', '65幢', '小楼', '13幢']);
  const widths = doc(svg)
    .querySelectorAll('rect')
    .map((r) => Number(r.getAttribute('width')));
  expect(widths[0]).toBeCloseTo(widths[1]!, 0); // each group's largest fills the width
  expect(widths[1]! / widths[2]!).toBeCloseTo(5, 1);
  // The axis stops above each heading and starts again below it: no heading sits on the line.
  const headings = doc(svg)
    .querySelectorAll('text[font-weight]')
    .map((h) => Number(h.getAttribute('y')));
  const axes = doc(svg)
    .querySelectorAll('line')
    .map((l) => [Number(l.getAttribute('y1')), Number(l.getAttribute('y2'))] as const);
  expect(axes.length).toBe(2);
  for (const y of headings) for (const [y1, y2] of axes) expect(y - 12 > y2 || y + 4 < y1, `heading at ${y}, axis ${y1}–${y2}`).toBe(true);
});

test('each label sits on its own line above its bar, so a long label leaves the bars the full width', () => {
  const long = '全国银树叶级、金树叶级绿色旅游饭店';
  const svg = bars([{ label: long, value: 12, valueLabel: '12家' }], { id: 'w', title: 't', description: 'd' });
  const rect = doc(svg).querySelector('rect')!;
  const label = doc(svg).querySelectorAll('text')[0]!;
  expect(Number(rect.getAttribute('x'))).toBe(0);
  expect(Number(label.getAttribute('y'))).toBeLessThan(Number(rect.getAttribute('y')));
  // The bar and its value in words fill the width, and no more.
  const [, , w] = doc(svg).querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
  expect(Number(rect.getAttribute('width'))).toBe(w! - defaults.valueWidth);
  expect(Number(rect.getAttribute('width')) + 6 + textWidth('12家', 12)).toBeLessThanOrEqual(w!);
});

test('a chart stops growing where its labels would pass 16 px', () => {
  const svg = bars([{ label: '甲', value: 1, valueLabel: '1家' }], { id: 'm', title: 't', description: 'd', width: 300, fontSize: 12 });
  // 300 units at 12 per label: 16 px labels at 400 px, 25rem; no style attribute, which the page's CSP would need to allow.
  expect(doc(svg).querySelector('svg')!.getAttribute('width')).toBe('25rem');
  expect(doc(svg).querySelector('svg')!.hasAttribute('style')).toBe(false);
});

describe('timeline', () => {
  const svg = timeline(
    [
      { when: '2023年12月29日', label: '印发', href: '/p/' },
      { when: '第一年', label: '见成效' },
    ],
    [{ when: '100家以上', label: '新增企业', href: '/t/' }],
    { id: 'fx-timeline', title: '测试', description: '节奏', recurringTitle: '每年' },
  );
  test('steps say when in words, recurring items sit in their own band', () => {
    expect(texts(svg)).toEqual(['2023年12月29日', '印发', '第一年', '见成效', '每年', '新增企业 100家以上']);
    expect(links(svg)).toEqual([
      ['/p/', '2023年12月29日：印发'],
      ['/t/', '每年：新增企业 100家以上'],
    ]);
    // 2023年12月29日: eight digits at about 0.6em and three Han characters at 1em, at 13 px.
    expect(Number(doc(svg).querySelector('circle')!.getAttribute('cx'))).toBeGreaterThan(8 * 13 * 0.6 + 3 * 13);
  });
  test('matches the committed file', () => matchesFile('timeline', svg));
});

describe('waffle', () => {
  const svg = waffle(
    [
      { label: '甲类', count: 4, totalLabel: '40亿元', href: '#a' },
      { label: '乙类', count: 1, totalLabel: '10亿元', tone: 1 },
    ],
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
    {
      label: '根',
      children: [
        { label: '甲', href: '/a/', children: [{ label: '甲一' }] },
        { label: '乙', note: '备注', href: '/b/' },
      ],
    },
    { id: 'fx-tree', title: '测试', description: '树' },
  );
  test('lists nodes in reading order (pre-order) with one connector per child', () => {
    expect(texts(svg)).toEqual(['根', '甲', '甲一', '乙 备注']);
    expect(doc(svg).querySelectorAll('path')).toHaveLength(3);
    expect(links(svg)).toEqual([
      ['/a/', '甲'],
      ['/b/', '乙 备注'],
    ]);
  });
  test('matches the committed file', () => matchesFile('tree', svg));
});

describe('matrix', () => {
  const svg = matrix(
    {
      rows: [{ label: '单位甲', href: '/u/a/' }, { label: '单位乙' }],
      columns: [
        { label: '行业', href: '/i/' },
        { label: '工程', tone: 2 },
      ],
      cells: [
        [true, false],
        [true, true],
      ],
    },
    { id: 'fx-matrix', title: '测试', description: '矩阵' },
  );
  test('a ticked square where named, a dot where not; rows and columns labelled', () => {
    expect(doc(svg).querySelectorAll('path.tick')).toHaveLength(3);
    expect(texts(svg)).toEqual(['行业', '工程', '单位甲', '单位乙']);
    expect(links(svg)).toEqual([
      ['/i/', '行业'],
      ['/u/a/', '单位甲'],
    ]);
  });
  test('fits its longest labels', () => {
    const long = matrix(
      { rows: [{ label: '区服务业发展领导小组各成员单位' }], columns: [{ label: '产业赋能型' }], cells: [[true]] },
      { id: 'x', title: 't', description: 'd' },
    );
    const [, , w] = doc(long).querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBeGreaterThan(15 * 11 + 20);
  });
  test('matches the committed file', () => matchesFile('matrix', svg));

  const data = {
    rows: [{ label: '区服务业发展领导小组各成员单位', href: '/u/a/' }, { label: '单位乙' }],
    columns: Array.from({ length: 15 }, (_, j) => ({ label: `列${j}` })),
    cells: [Array(15).fill(true), Array(15).fill(false)],
  };
  const width = (s: string) => Number(doc(s).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
  const above = matrix(data, { id: 'fx-matrix-above', title: '测试', description: '矩阵', rowLabels: 'above' });
  test('with row labels above, each label sits over its own cells and the matrix is only as wide as its columns', () => {
    expect(width(above)).toBeLessThan(width(matrix(data, { id: 'x', title: 't', description: 'd' })));
    expect(width(above)).toBeLessThanOrEqual(15 * 20 + 40);
    const label = doc(above).querySelector('a[aria-label="区服务业发展领导小组各成员单位"] text')!;
    const firstCell = doc(above).querySelector('g[transform] rect')!.parentNode!;
    const cellY = Number(firstCell.getAttribute('transform')!.match(/,([\d.]+)\)/)![1]);
    expect(Number(label.getAttribute('x'))).toBeLessThan(10);
    expect(Number(label.getAttribute('y'))).toBeLessThan(cellY);
    expect(texts(above).slice(15)).toEqual(['区服务业发展领导小组各成员单位', '单位乙']);
  });
  test('with row labels above, matches the committed file', () => matchesFile('matrix-above', above));
});

describe("a summary's rest row (src/lib/chart-cap.ts)", () => {
  const rest = { label: '其余1,293项：见指标列表', href: '/targets/?kind=count' };
  const height = (s: string) => Number(doc(s).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
  const lastLink = (s: string) => links(s).at(-1);
  const lastText = (s: string) => texts(s).at(-1);
  const y = (s: string) => {
    const all = doc(s).querySelectorAll('text');
    const last = all.at(-1)!;
    const g = last.parentNode?.getAttribute('transform')?.match(/translate\(0,([\d.]+)\)/)?.[1];
    return Number(last.getAttribute('y')) + Number(g ?? 0);
  };
  const kinds = [
    {
      name: 'bars',
      draw: (r?: typeof rest) =>
        bars([{ label: '甲', value: 1, valueLabel: '1家', href: '/a/' }], { id: 'r', title: 't', description: 'd', rest: r }),
    },
    {
      name: 'timeline',
      draw: (r?: typeof rest) =>
        timeline([{ when: '第一年', label: '甲' }], [{ when: '每年', label: '乙', href: '/b/' }], {
          id: 'r',
          title: 't',
          description: 'd',
          recurringTitle: '每年',
          rest: r,
        }),
    },
    {
      name: 'matrix',
      draw: (r?: typeof rest) =>
        matrix(
          { rows: [{ label: '区商务局', href: '/u/' }], columns: [{ label: '现代商贸' }], cells: [[true]] },
          { id: 'r', title: 't', description: 'd', rest: r },
        ),
    },
  ];

  test.each(kinds)('$name: drawn last, below every mark, in words, as a link named by its text; absent, nothing changes', ({ draw }) => {
    const without = draw();
    const withRest = draw(rest);
    expect(lastLink(withRest)).toEqual([rest.href, rest.label]);
    expect(lastText(withRest)).toBe(rest.label);
    expect(height(withRest)).toBeGreaterThan(height(without));
    expect(y(withRest)).toBeGreaterThan(height(without) - 4);
    expect(y(withRest)).toBeLessThanOrEqual(height(withRest));
    expect(withRest.startsWith(without.slice(0, 20))).toBe(true);
    expect(draw(undefined)).toBe(without);
    expect(without).not.toContain(rest.label);
  });
});
