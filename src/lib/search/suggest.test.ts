import { describe, expect, test } from 'vitest';
import { typeLabel } from '../../i18n/search';
import { NAMING, SYNONYMS } from '../../i18n/search-zh-CN';
import { loadContent } from '../load-content';
import { buildSite } from '../relations';
import { normalize, queryPinyin, charPinyin, suggest } from './suggest';
import { buildSuggestIndex } from './suggest-build';
import { queryVariants } from './synonyms';

const index = buildSuggestIndex(buildSite(loadContent().collections), { typeLabel, synonyms: SYNONYMS, naming: NAMING });
const first = (q: string) => suggest(index, q)[0]?.n;

describe('suggest', () => {
  test.each([
    ['鲁迅', '鲁迅故里步行街'],
    ['luxun', '鲁迅故里步行街'],
    ['lxgl', '鲁迅故里步行街'],
    ['鲁讯故里', '鲁迅故里步行街'],
    ['山姆', '山姆超市'],
    ['区商务局', '区商务局'],
    ['商务局', '区商务局'],
    ['文旅', '文化旅游'],
    ['shaoxin', '绍芯实验室'],
    ['jianshui', '鉴水科技城'],
    ['ＴＯＤ', 'TOD'],
    ['871', '871LOOP'],
    ['规上', '规上 / 限上'],
    ['平台提能', '平台载体提能工程'],
    ['shuzi ruanjian', '数字软件'],
    ['jiansui', '鉴水科技城'],
    ['山母超市', '山姆超市'],
  ])('%s → %s', (q, name) => expect(first(q)).toBe(name));

  test('an own name outranks a name that merely contains it', () => {
    expect(
      suggest(index, '鉴水科技城')
        .map((s) => s.t)
        .slice(0, 2),
    ).toEqual(['project', 'platform']);
    expect(suggest(index, '黄酒小镇').map((s) => s.n)[0]).toBe('黄酒小镇');
  });

  test('finds nothing for nonsense', () => {
    expect(suggest(index, 'qwxz')).toEqual([]);
    expect(suggest(index, '   ')).toEqual([]);
  });

  test('reads a query as pinyin', () => {
    const map = charPinyin(index.pinyin);
    expect(queryPinyin('鲁讯', map)).toBe('luxun');
    expect(normalize(' ＳＡＭ ')).toBe('sam');
  });
});

test('queryVariants expands plan jargon both ways', () => {
  expect(queryVariants('文旅项目', SYNONYMS)).toEqual(['文旅项目', '文化旅游项目']);
  expect(queryVariants('文化旅游', SYNONYMS)).toContain('文旅');
  expect(queryVariants('规上企业', SYNONYMS)).toContain('规（限）上企业');
  expect(queryVariants('鲁迅', SYNONYMS)).toEqual(['鲁迅']);
});
