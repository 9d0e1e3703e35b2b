// Chinese search data: what people type for the plan's words, and a character to warm the index with. It is
// language data, not interface strings, so it sits beside the string table; src/lib/search/ is the code using it.
import type { NamingTable } from '../lib/search/names';
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

/** One reviewed entry: words people type, and the plan's own terms a search for them should find. */
export interface Everyday {
  /** What residents, investors and journalists type; none of these stands in the plan (checked by a test). */
  words: readonly string[];
  /** The plan's wording; each stands in the plan (checked by a test). */
  plan: readonly string[];
}

/**
 * Everyday words mapped to the plan's terms, reviewed by hand. A query holding one of `words` is searched with
 * the plan's terms instead, and a query that finds nothing is offered them as the nearest terms.
 */
export const EVERYDAY: readonly Everyday[] = [
  // Residents
  { words: ['老年人', '老人', '老龄', '敬老院', '养老院', '养老机构', '护理院'], plan: ['康养', '健康养老服务圈'] },
  { words: ['医院', '看病', '医养'], plan: ['健康养老服务圈', '康养'] },
  { words: ['夜市', '夜经济', '夜生活', '夜游'], plan: ['夜间文旅消费', '多元场景'] },
  { words: ['买菜', '菜市场', '菜场', '农贸市场', '便利店'], plan: ['一刻钟便民生活圈', '社区商圈'] },
  { words: ['购物', '逛街', '商场', '购物中心'], plan: ['商贸综合体', '社区商圈', '步行街'] },
  { words: ['零售额', '社零', '社消零'], plan: ['社会消费品零售总额'] },
  { words: ['吃饭', '美食', '下馆子'], plan: ['米其林星级餐厅', '品质消费'] },
  { words: ['旅游景点', '游玩', '玩的地方'], plan: ['景区', '文化旅游'] },
  { words: ['住宿', '宾馆', '民宿'], plan: ['酒店'] },
  { words: ['演出', '演唱会', '看戏'], plan: ['演艺'] },
  { words: ['孩子', '儿童乐园', '游乐场'], plan: ['儿童公园'] },
  { words: ['老街', '历史街区', '古镇'], plan: ['古城', '步行街'] },
  { words: ['非遗', '世界遗产'], plan: ['世界文化遗产', '文化遗产'] },
  { words: ['黄酒厂', '酿酒'], plan: ['黄酒'] },
  { words: ['家具', '建材市场'], plan: ['家居'] },
  { words: ['高铁站', '火车站'], plan: ['高铁'] },
  // Work and skills
  { words: ['找工作', '就业', '招聘'], plan: ['人才', '高技能人才'] },
  { words: ['技工', '职业培训', '技能培训'], plan: ['高技能人才', '工匠'] },
  { words: ['大学生', '毕业生', '引进人才'], plan: ['人才', '人才汇聚'] },
  // Investors
  { words: ['补贴', '补助', '优惠政策', '扶持政策'], plan: ['支持奖励', '扶持'] },
  { words: ['融资', '贷款', '风投', '风险投资'], plan: ['产业基金', '科技金融'] },
  { words: ['拿地', '土地出让', '工业用地'], plan: ['土地供应', '用地'] },
  { words: ['办证', '跑腿', '行政审批'], plan: ['营商环境', '最多跑一次'] },
  { words: ['投资环境'], plan: ['营商环境'] },
  { words: ['引资', '招商引资'], plan: ['招商', '精准招商'] },
  { words: ['写字楼', '办公楼', '商务楼'], plan: ['楼宇'] },
  { words: ['芯片', '半导体'], plan: ['集成电路'] },
  { words: ['医疗设备', '医药'], plan: ['医疗器械'] },
  { words: ['外贸', '出口', '网店', '电子商务'], plan: ['跨境电商', '电商'] },
  { words: ['程序员', 'IT', '软件公司'], plan: ['数字软件', '软件'] },
  { words: ['银行', '保险', '证券'], plan: ['金融'] },
  { words: ['上市公司', 'IPO'], plan: ['上市企业'] },
  // Journalists
  { words: ['GDP', '经济总量', '产值'], plan: ['增加值', '服务业增加值'] },
  { words: ['投资额', '总投资'], plan: ['投资'] },
  { words: ['文化产业', '创意产业'], plan: ['文创'] },
  { words: ['游客', '客流'], plan: ['旅游'] },
  { words: ['消费升级', '拉动消费', '促消费'], plan: ['品质消费', '消费中心城市'] },
];

/** How the district and its parent city are named before a unit's own name: stripped to find the unit's core name. */
export const NAME_PREFIXES = ['绍兴市越城区', '越城区', '绍兴市', '区', '市'] as const;

/**
 * Short forms in unit names and the full words of official names (Chinese government naming, not the plan):
 * 区经信局 is 经济和信息化局. Applied to every unit's name, so a full-name query finds the short-named unit.
 */
export const NAME_PARTS: readonly (readonly [short: string, full: string])[] = [
  ['经信', '经济和信息化'],
  ['发改', '发展和改革'],
  ['科技局', '科学技术局'],
  ['人力社保', '人力资源和社会保障'],
  ['文广旅游', '文化广电旅游'],
  ['市场监管', '市场监督管理'],
  ['金融办', '金融工作办公室'],
  ['文旅集团', '文化旅游集团'],
];

/**
 * Older names people still use for today's departments (reviewed; only forms that were real names of the
 * predecessor bodies): the economic and information commission became the bureau, and so on.
 */
export const OLDER_NAMES: readonly (readonly [current: string, older: readonly string[]])[] = [
  ['经信局', ['经信委', '经济和信息化委员会']],
  ['发改局', ['发改委', '发展和改革委员会', '计委']],
  ['科技局', ['科委']],
  ['卫生健康局', ['卫生局', '卫计局']],
  ['人力社保局', ['人事局', '劳动局', '劳动保障局']],
  ['市场监管局', ['工商局', '质监局', '食药监局']],
  ['文广旅游局', ['文化局', '旅游局', '文广新局']],
  ['自然资源和规划分局', ['国土局', '规划局', '国土资源局']],
];

/** The naming table search derives every unit's other names from (src/lib/search/names.ts). */
export const NAMING: NamingTable = {
  prefixes: NAME_PREFIXES,
  districtMark: '区',
  district: ['越城区'],
  parts: NAME_PARTS,
  older: OLDER_NAMES,
};
