import { describe, expect, test } from 'vitest';
import { EVERYDAY, NAMING } from '../../i18n/search-zh-CN';
import { loadContent } from '../load-content';
import { buildSite } from '../relations';
import { everydayTerms, everydayVariants, nearestTerms } from './everyday';
import { unitNameVariants } from './names';

const site = buildSite(loadContent().collections);
// The plan's paragraphs as one text: a term may wrap across a line of the file, never across paragraphs.
const plan = [...site.blocks.values()].map((b) => b.text).join('\n');

describe('the everyday table', () => {
  test('is large enough to cover what residents, investors and journalists type', () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(30);
  });

  test.each(EVERYDAY.flatMap((e) => e.plan.map((term) => [term, e.words.join('、')])))(
    'the plan term %s (for %s) stands in the plan',
    (term) => expect(plan).toContain(term),
  );

  test.each(EVERYDAY.flatMap((e) => e.words))('the everyday word %s does not stand in the plan', (word) =>
    expect(plan.toLowerCase()).not.toContain(word.toLowerCase()),
  );
});

test('an everyday word is searched in the plan’s wording', () => {
  expect(everydayVariants('老年人', EVERYDAY)).toEqual(['康养', '健康养老服务圈']);
  expect(everydayVariants('养老院在哪', EVERYDAY)).toEqual(['康养在哪', '健康养老服务圈在哪']);
  expect(everydayVariants('夜市', EVERYDAY)).toContain('夜间文旅消费');
  expect(everydayVariants('鉴水科技城', EVERYDAY)).toEqual([]);
  expect(everydayTerms('买菜', EVERYDAY)).toContain('一刻钟便民生活圈');
  expect(everydayVariants('IT公司', EVERYDAY)).toContain('数字软件公司');
  expect(everydayVariants('bitcoin', EVERYDAY)).toEqual([]);
});

test('nearest terms share the query’s characters, the closest first', () => {
  expect(nearestTerms('康复', ['康养', '镜湖康养综合体', '金融'])).toEqual(['康养', '镜湖康养综合体']);
  expect(nearestTerms('鉴湖边', ['鉴水科技城', '镜湖新区'])).toEqual([]);
  expect(nearestTerms('qwxzv', ['康养'])).toEqual([]);
});

describe('unit name variants', () => {
  const variants = (id: string) => unitNameVariants(site.maps.units.get(id)!.data, NAMING);

  test('short, without 区, in full words, and the older 委', () => {
    const v = variants('economy-it-bureau');
    expect(v).toEqual(expect.arrayContaining(['经信局', '经济和信息化局', '区经济和信息化局', '经信委', '区金融办', '金融办']));
    expect(v).not.toContain('区经信局');
    expect(v).toEqual(expect.arrayContaining(['越城区经信局', '越城区经济和信息化局']));
    expect(variants('city-heritage-office').some((n) => n.startsWith('越城区'))).toBe(false);
    expect(variants('development-reform-bureau')).toEqual(expect.arrayContaining(['发改局', '发展和改革局', '发改委']));
    expect(variants('market-regulation-bureau')).toEqual(expect.arrayContaining(['市场监督管理局', '工商局']));
  });

  test('a full official name, where the content gives one, and its forms without the district', () => {
    const v = unitNameVariants({ name: '区经信局', aliases: [], officialName: '绍兴市越城区经济和信息化局' }, NAMING);
    expect(v).toEqual(expect.arrayContaining(['绍兴市越城区经济和信息化局', '经济和信息化局']));
  });

  test('older names only where the reviewed table gives them', () => {
    expect(variants('commerce-bureau').some((n) => n.endsWith('委'))).toBe(false);
    expect(variants('jianshui-task-force')).toEqual([]);
  });
});
