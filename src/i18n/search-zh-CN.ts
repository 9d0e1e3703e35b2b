// Chinese search data: what people type for the plan's words, and a character to warm the index with. It is
// language data, not interface strings, so it sits beside the string table; src/lib/search/ is the code using it.
import type { Synonyms } from '../lib/search/synonyms';

/**
 * Words people type for the plan's words. Each group is interchangeable in a query: 文旅 finds 文化旅游.
 * Only general usage here; the plan's own words are the targets of each group.
 */
export const SYNONYMS: Synonyms = [
  ['文旅', '文化旅游'],
  ['商贸', '现代商贸'],
  ['规上', '规模以上', '规（限）上'],
  ['限上', '限额以上', '规（限）上'],
  ['两业融合', '两业', '先进制造业'],
  ['软件', '数字软件'],
  ['金融', '现代金融'],
  ['科技金融', '科技金融平台'],
  ['总部', '总部商务', '总部经济'],
  ['高新区', '高新技术开发区'],
  ['绍芯', '绍芯实验室'],
  ['山姆', '山姆超市', '山姆会员店'],
  ['盒马', '盒马生鲜'],
  ['首店', '首店经济', '品牌首店'],
  ['养老', '康养'],
  ['人才', '服务人才'],
  ['营商环境', '最多跑一次'],
  ['土地', '供地', '用地'],
  ['基金', '产业基金'],
  ['申遗', '世界文化遗产'],
  ['运河', '古运河'],
  ['商务局', '区商务局'],
  ['发改局', '区发改局'],
  ['经信局', '区经信局', '金融办'],
  ['文广旅游局', '区文广旅游局', '文旅局'],
];

/** Preloaded when the engine starts, so Pagefind's start-up is done while the person is still typing: a common character. */
export const PRELOAD_QUERY = '区';
