import { describe, expect, test } from 'vitest';
import { filterEntries, parseFilters, parsePage, withPage, withQuery, type FilterField, type FilterState } from './filter-state';

// The shapes of the two forms that use this: an explorer table (ids as values) and /search/ (labels as values).
const explorer: FilterField[] = [
  { key: 'category', values: ['industry-empowerment', 'culture-tourism', 'better-living'] },
  { key: 'industry', values: ['modern-commerce', 'tech-services'] },
];
const search: FilterField[] = [
  { key: 'type', values: ['重大项目', '责任单位'] },
  { key: 'unit', values: ['区商务局', '区民政局'] },
];
const parse = (query: string, fields = explorer) => parseFilters(new URLSearchParams(query), fields);
const state = (q: string, filters: Record<string, string> = {}): FilterState => ({ q, filters: new Map(Object.entries(filters)) });
const query = (s: FilterState, fields = explorer) => new URLSearchParams(filterEntries(s, fields)).toString();

describe('reading the URL', () => {
  test('takes the keyword and each filter the form offers', () => {
    expect(parse('q=黄酒&category=culture-tourism&industry=modern-commerce')).toEqual(
      state('黄酒', { category: 'culture-tourism', industry: 'modern-commerce' }),
    );
    expect(parse('')).toEqual(state(''));
  });

  test('reads labels as values, percent-encoded as browsers send them', () => {
    expect(parse(`q=${encodeURIComponent('康养')}&unit=${encodeURIComponent('区民政局')}`, search)).toEqual(
      state('康养', { unit: '区民政局' }),
    );
    expect(parse('type=%E9%87%8D%E5%A4%A7%E9%A1%B9%E7%9B%AE', search)).toEqual(state('', { type: '重大项目' }));
  });

  test('a value the form does not offer (an old or mistyped link) falls back to "all"', () => {
    expect(parse('category=Culture-Tourism&industry=modern')).toEqual(state(''));
    expect(parse('category=culture-tourism%20')).toEqual(state(''));
    expect(parse('type=项目', search)).toEqual(state(''));
  });

  test('unknown and hostile parameters change nothing', () => {
    const hostile = 'unit=commerce-bureau&__proto__=x&constructor=culture-tourism&category=toString&industry=hasOwnProperty&sort=name';
    const parsed = parse(hostile);
    expect(parsed).toEqual(state(''));
    expect(parsed.filters.size).toBe(0);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  test('the keyword is kept as given, so the box shows what the link says', () => {
    expect(parse('q=%20%E9%B2%81%E8%BF%85%20').q).toBe(' 鲁迅 ');
    expect(parse('q=<script>alert(1)</script>').q).toBe('<script>alert(1)</script>');
  });

  test('of a repeated parameter the first counts', () => {
    expect(parse('category=better-living&category=culture-tourism')).toEqual(state('', { category: 'better-living' }));
    expect(parse('category=nonsense&category=culture-tourism')).toEqual(state(''));
  });
});

describe('writing the URL', () => {
  test('keyword first and trimmed, then the filters in the form’s order, empty ones left out', () => {
    expect(query(state('  鲁迅 ', { industry: 'tech-services', category: 'better-living' }))).toBe(
      `q=${encodeURIComponent('鲁迅')}&category=better-living&industry=tech-services`,
    );
    expect(query(state('   ', { category: '', industry: 'modern-commerce' }))).toBe('industry=modern-commerce');
    expect(query(state(''))).toBe('');
  });

  test('filters the form does not have are not written', () => {
    expect(query(state('', { unit: 'commerce-bureau', category: 'better-living' }))).toBe('category=better-living');
  });

  test('a keyword with the URL’s own characters survives encoding', () => {
    const s = state('a&b=c?#d %');
    expect(parse(query(s))).toEqual(s);
  });

  test('withQuery adds "?" only when there is a query, and keeps a fragment', () => {
    expect(withQuery('/projects/', new URLSearchParams())).toBe('/projects/');
    expect(withQuery('/projects/', new URLSearchParams(), '#sams-club')).toBe('/projects/#sams-club');
    expect(withQuery('/search/', new URLSearchParams({ q: '山姆' }))).toBe(`/search/?q=${encodeURIComponent('山姆')}`);
  });
});

describe('round trips', () => {
  test('state → URL → state gives the same state', () => {
    for (const s of [
      state(''),
      state('黄酒'),
      state('镜湖 商贸', { category: 'culture-tourism' }),
      state('', { category: 'better-living', industry: 'tech-services' }),
    ]) {
      expect(parse(query(s))).toEqual(s);
    }
    const labelled = state('康养', { type: '重大项目', unit: '区民政局' });
    expect(parse(query(labelled, search), search)).toEqual(labelled);
  });

  test('URL → state → URL gives a clean URL, and it is stable', () => {
    const messy = 'industry=tech-services&utm_source=x&q=%20黄酒%20&category=nonsense';
    const clean = query(parse(messy));
    expect(clean).toBe(`q=${encodeURIComponent('黄酒')}&industry=tech-services`);
    expect(query(parse(clean))).toBe(clean);
  });
});

describe('the page of results', () => {
  test('reads ?page= as a whole number from 1, else 1', () => {
    expect(parsePage(new URLSearchParams('q=a&page=3'))).toBe(3);
    for (const bad of ['', 'page=0', 'page=-2', 'page=2.5', 'page=x', 'page=999']) expect(parsePage(new URLSearchParams(bad))).toBe(1);
  });
  test('writes it only beyond the first page', () => {
    expect(withPage(new URLSearchParams('q=a&page=4'), 1).toString()).toBe('q=a');
    expect(withPage(new URLSearchParams('q=a'), 2).toString()).toBe('q=a&page=2');
  });
});
