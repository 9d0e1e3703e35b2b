import { describe, expect, test } from 'vitest';
import {
  explorerParams,
  nextSort,
  normalise,
  parseExplorerState,
  rowMatcher,
  sortKind,
  sortRows,
  type ExplorerSchema,
  type ExplorerState,
  type RowFacts,
} from './explorer-state';

// Shaped like /projects/ and /units/: filters with the values they offer, columns that sort by text or number.
const schema: ExplorerSchema = {
  filters: [
    { key: 'category', values: ['industry-empowerment', 'culture-tourism', 'better-living'] },
    { key: 'unit', values: ['commerce-bureau', 'culture-bureau'] },
  ],
  columns: [{ key: 'name', sort: 'text' }, { key: 'clauses', sort: 'number' }, { key: 'source' }],
};
const parse = (query: string) => parseExplorerState(new URLSearchParams(query), schema);
const write = (state: ExplorerState) => explorerParams(state, schema).toString();
const state = (q: string, filters: Record<string, string> = {}, sort?: ExplorerState['sort']): ExplorerState => ({
  q,
  filters: new Map(Object.entries(filters)),
  sort,
});

describe('sort order in the URL', () => {
  test('a sortable column with its order; ascending unless it says desc', () => {
    expect(parse('sort=name&order=desc').sort).toEqual({ key: 'name', order: 'desc' });
    expect(parse('sort=clauses&order=asc').sort).toEqual({ key: 'clauses', order: 'asc' });
    expect(parse('sort=name').sort).toEqual({ key: 'name', order: 'asc' });
    expect(parse('sort=name&order=DESC').sort).toEqual({ key: 'name', order: 'asc' });
  });

  test('a column that does not sort, or does not exist, means plan order', () => {
    for (const query of [
      'sort=source',
      'sort=Name',
      'sort=',
      'order=desc',
      'sort=__proto__',
      'sort=constructor',
      'sort=toString&order=desc',
    ]) {
      expect(parse(query).sort, query).toBeUndefined();
    }
  });

  test('is written after the filters, as in links people share', () => {
    expect(write(state('', { category: 'culture-tourism' }, { key: 'name', order: 'desc' }))).toBe(
      'category=culture-tourism&sort=name&order=desc',
    );
    expect(write(state('商务', { unit: 'commerce-bureau' }, { key: 'clauses', order: 'asc' }))).toBe(
      `q=${encodeURIComponent('商务')}&unit=commerce-bureau&sort=clauses&order=asc`,
    );
    expect(write(state(''))).toBe('');
  });

  test('round trips: state → URL → state, and a messy URL becomes a stable clean one', () => {
    for (const s of [
      state(''),
      state('', {}, { key: 'name', order: 'asc' }),
      state('鲁迅', { category: 'better-living', unit: 'culture-bureau' }, { key: 'clauses', order: 'desc' }),
    ]) {
      expect(parse(write(s))).toEqual(s);
    }
    const clean = write(parse('order=desc&x=1&sort=clauses&unit=nobody&category=better-living'));
    expect(clean).toBe('category=better-living&sort=clauses&order=desc');
    expect(write(parse(clean))).toBe(clean);
  });

  test('sortKind tells how a column sorts, and nothing for others', () => {
    expect(sortKind(schema, 'clauses')).toBe('number');
    expect(sortKind(schema, 'source')).toBeUndefined();
    expect(sortKind(schema, 'constructor')).toBeUndefined();
  });
});

test('clicking a header sorts ascending, clicking it again toggles', () => {
  expect(nextSort(undefined, 'name')).toEqual({ key: 'name', order: 'asc' });
  expect(nextSort({ key: 'name', order: 'asc' }, 'name')).toEqual({ key: 'name', order: 'desc' });
  expect(nextSort({ key: 'name', order: 'desc' }, 'name')).toEqual({ key: 'name', order: 'asc' });
  expect(nextSort({ key: 'name', order: 'desc' }, 'clauses')).toEqual({ key: 'clauses', order: 'asc' });
});

describe('which rows match', () => {
  const row = (facets: Record<string, string>, text: string): RowFacts & { id: string } => ({
    id: text,
    facets: (key) => (Object.hasOwn(facets, key) ? facets[key] : undefined),
    text: normalise(text),
  });
  const rows = [
    row({ category: 'better-living', unit: 'commerce-bureau culture-bureau' }, '山姆超市 Sam’s Club'),
    row({ category: 'culture-tourism', unit: 'culture-bureau' }, '鲁迅故里步行街'),
    row({ category: '', unit: '' }, '镜湖 新区 商贸'),
    row({}, '没有筛选属性的行'),
  ];
  const shown = (s: ExplorerState) => rows.filter(rowMatcher(s)).map((r) => r.id);

  test('with nothing chosen every row shows', () => {
    expect(shown(state(''))).toHaveLength(rows.length);
    expect(shown(state('   ', { category: '' }))).toHaveLength(rows.length);
  });

  test('a filter matches one of a row’s values exactly, not part of one', () => {
    expect(shown(state('', { unit: 'culture-bureau' }))).toEqual(['山姆超市 Sam’s Club', '鲁迅故里步行街']);
    expect(shown(state('', { unit: 'culture' }))).toEqual([]);
    expect(shown(state('', { category: 'better-living', unit: 'culture-bureau' }))).toEqual(['山姆超市 Sam’s Club']);
  });

  test('every word of the keyword must appear, ignoring case and spaces', () => {
    expect(shown(state('鲁迅'))).toEqual(['鲁迅故里步行街']);
    expect(shown(state('SAM’S 超市'))).toEqual(['山姆超市 Sam’s Club']);
    expect(shown(state('镜湖新区'))).toEqual(['镜湖 新区 商贸']);
    expect(shown(state('鲁迅 超市'))).toEqual([]);
    expect(shown(state('鲁迅', { category: 'better-living' }))).toEqual([]);
  });
});

describe('row order', () => {
  const values = (rows: string[], kind: 'text' | 'number', order: 'asc' | 'desc') => sortRows(rows, { kind, order }, (v) => v);

  test('without a sort the rows stay in plan order', () => {
    const plan = ['浙江', '上海', '北京'];
    const sorted = sortRows(plan, undefined, () => {
      throw new Error('no value is read');
    });
    expect(sorted).toEqual(plan);
    expect(sorted).not.toBe(plan);
  });

  test('Chinese sorts by pinyin, not by code point', () => {
    const units = ['区文广旅游局', '区商务局', '区财政局', '区发改局'];
    expect(values(units, 'text', 'asc')).toEqual(['区财政局', '区发改局', '区商务局', '区文广旅游局']);
    expect(values(['浙江', '上海', '北京'], 'text', 'asc')).toEqual(['北京', '上海', '浙江']);
    expect([...['浙江', '上海', '北京']].sort()).toEqual(['上海', '北京', '浙江']); // what code points would give
    expect(values(units, 'text', 'desc')).toEqual(['区文广旅游局', '区商务局', '区发改局', '区财政局']);
  });

  test('numbers within text sort by value', () => {
    expect(values(['项目10', '项目2', '项目1'], 'text', 'asc')).toEqual(['项目1', '项目2', '项目10']);
  });

  test('number columns sort by value, where text order would differ', () => {
    expect(values(['2.5', '2.25', '-1', '10'], 'number', 'asc')).toEqual(['-1', '2.25', '2.5', '10']);
    expect(values(['2.5', '2.25'], 'text', 'asc')).toEqual(['2.5', '2.25']);
    expect(values(['9', '20000010', '100'], 'number', 'desc')).toEqual(['20000010', '100', '9']);
  });

  test('a value that is not a number sorts as the largest', () => {
    expect(values(['n/a', '3', '1'], 'number', 'asc')).toEqual(['1', '3', 'n/a']);
    expect(values(['n/a', '3', '1'], 'number', 'desc')).toEqual(['n/a', '3', '1']);
  });

  test('ties keep plan order, ascending and descending', () => {
    const rows = [
      { id: 'a', v: '2' },
      { id: 'b', v: '1' },
      { id: 'c', v: '2' },
      { id: 'd', v: '1' },
      { id: 'e', v: 'x' },
      { id: 'f', v: 'y' },
    ];
    const ids = (kind: 'text' | 'number', order: 'asc' | 'desc') => sortRows(rows, { kind, order }, (r) => r.v).map((r) => r.id);
    expect(ids('number', 'asc')).toEqual(['b', 'd', 'a', 'c', 'e', 'f']);
    expect(ids('number', 'desc')).toEqual(['e', 'f', 'a', 'c', 'b', 'd']);
    expect(ids('text', 'asc')).toEqual(['b', 'd', 'a', 'c', 'e', 'f']);
    expect(ids('text', 'desc')).toEqual(['f', 'e', 'a', 'c', 'b', 'd']);
  });
});
