// What citizens, investors and journalists type, and where each must lead: one of `expect` in the top 3
// results, or no result at all for `none`. Run by tests/browser/search-quality.test.ts and by the search
// benchmark; it guards every Pagefind upgrade (1.5 broke Chinese search once).
export interface SearchCase {
  q: string;
  expect?: string[];
  none?: true;
  why: string;
}

export const SEARCH_CASES: SearchCase[] = [
  // Names and partial names
  { q: '山姆', expect: ['/projects/sams-club/'], why: 'partial project name' },
  { q: '山姆超市', expect: ['/projects/sams-club/'], why: 'full project name' },
  { q: '鲁迅故里', expect: ['/projects/luxun-hometown-street/'], why: 'place name inside a project name' },
  { q: '鉴水科技城', expect: ['/platforms/jianshui-science-city/', '/projects/jianshui-science-city/'], why: 'platform and project' },
  { q: '绍芯实验室', expect: ['/projects/shaoxin-lab/'], why: 'project' },
  { q: '院士岛', expect: ['/projects/academician-island/'], why: 'name in quotation marks in the plan' },
  { q: '黄酒小镇', expect: ['/platforms/huangjiu-town/', '/projects/huangjiu-town/'], why: 'platform and project' },
  { q: '龙湖天街', expect: ['/projects/longfor-paradise-walk/'], why: 'project' },
  { q: '871LOOP', expect: ['/projects/loop-871/'], why: 'latin and digits' },
  { q: '高铁TOD', expect: ['/projects/hsr-tod/'], why: 'mixed script' },
  { q: '迎恩门', expect: ['/projects/yingenmen-east-passage/', '/projects/yingenmen-water-street/'], why: 'prefix of two projects' },
  { q: '顺丰', expect: ['/projects/sf-fengtai-hq-base/'], why: 'company inside a long project name' },
  { q: '会稽山', expect: ['/platforms/kuaijishan-resort/'], why: 'platform' },
  { q: '万亩千亿', expect: ['/platforms/ic-wanmu-qianyi/', '/glossary/#wanmu-qianyi'], why: 'jargon naming a platform' },
  { q: '数字软件', expect: ['/industries/digital-software/'], why: 'industry' },
  { q: '软件', expect: ['/industries/digital-software/'], why: 'short industry word' },
  { q: '科技金融', expect: ['/platforms/jianshui-tech-finance-platform/', '/industries/modern-finance/'], why: 'investor topic' },
  { q: '跨境电商', expect: ['/platforms/cross-border-ecommerce-zone/', '/platforms/cross-border-ecommerce-park/'], why: 'investor topic' },
  { q: '重大项目支撑工程', expect: ['/programmes/major-projects/'], why: 'programme' },
  { q: '平台提能', expect: ['/programmes/platforms/'], why: 'programme short name' },
  // Departments
  { q: '区商务局', expect: ['/units/commerce-bureau/'], why: 'unit: its page before pages that mention it' },
  { q: '商务局', expect: ['/units/commerce-bureau/'], why: 'unit without 区' },
  { q: '区发改局', expect: ['/units/development-reform-bureau/'], why: 'unit' },
  { q: '金融办', expect: ['/units/economy-it-bureau/'], why: 'unit written inside another' },
  { q: '鉴水科技城专班', expect: ['/units/jianshui-task-force/'], why: 'task force' },
  { q: '各镇街', expect: ['/units/towns-streets/'], why: 'towns and streets' },
  { q: '区委宣传部', expect: ['/units/propaganda-dept/'], why: 'party department' },
  { q: '市名城办', expect: ['/units/city-heritage-office/'], why: 'municipal office' },
  { q: '国投集团', expect: ['/units/state-investment-group/'], why: 'state-owned group' },
  // Numbers
  { q: '1000亿', expect: ['/targets/#services-value-added'], why: 'headline figure without 元' },
  { q: '600亿元', expect: ['/targets/#major-projects-investment'], why: 'investment figure' },
  { q: '1500亿', expect: ['/targets/#wholesale-retail-revenue'], why: 'industry figure' },
  { q: '65幢', expect: ['/targets/#key-buildings'], why: 'count with its measure word' },
  { q: '1300家', expect: ['/targets/#above-scale-firms-total'], why: 'count' },
  { q: '旅游总收入', expect: ['/targets/#tourism-revenue'], why: 'target label' },
  { q: '75%', expect: ['/targets/#services-share'], why: 'share' },
  // Jargon and synonyms
  { q: '文旅', expect: ['/industries/cultural-tourism/'], why: 'abbreviation of 文化旅游' },
  { q: '规上', expect: ['/glossary/#above-scale'], why: 'jargon' },
  { q: '规模以上企业', expect: ['/glossary/#above-scale'], why: 'full form of 规上' },
  { q: '两业融合', expect: ['/glossary/#two-industry-fusion', '/targets/#two-industry-fusion'], why: 'jargon' },
  { q: '链长制', expect: ['/glossary/#chain-leader'], why: 'jargon' },
  { q: '首店经济', expect: ['/glossary/#first-store-economy'], why: 'jargon' },
  { q: '最多跑一次', expect: ['/glossary/#run-at-most-once', '/plan/#s4-4-p1'], why: 'reform slogan' },
  { q: '专精特新', expect: ['/glossary/#specialised-sme'], why: 'jargon' },
  {
    q: '养老',
    expect: ['/projects/xicheng-plaza-care/', '/projects/jinghu-care-complex/', '/plan/#s3-3-p3'],
    why: 'everyday word for 康养',
  },
  { q: '高新区', expect: ['/platforms/shaoxing-hi-tech-zone/'], why: 'everyday abbreviation' },
  // Phrases of the plan lead to their paragraph
  { q: '弹性年期出让', expect: ['/plan/#s4-3-p1'], why: 'land supply clause' },
  { q: '一年见成效', expect: ['/plan/#s1-2-p4'], why: 'plan slogan' },
  { q: '越商青蓝接力工程', expect: ['/plan/#s3-5-p2'], why: 'named scheme' },
  { q: '公祭大禹陵典礼', expect: ['/plan/#s3-4-p4', '/targets/#brand-events'], why: 'named event' },
  { q: '政府购买服务', expect: ['/plan/#s4-3-p1'], why: 'support measure' },
  { q: '企业投资服务中心', expect: ['/plan/#s4-4-p1', '/measures/'], why: 'support measure' },
  // Pinyin and initials
  { q: 'luxun', expect: ['/projects/luxun-hometown-street/'], why: 'pinyin' },
  { q: 'lxgl', expect: ['/projects/luxun-hometown-street/'], why: 'initials' },
  { q: 'shaoxin', expect: ['/projects/shaoxin-lab/'], why: 'pinyin prefix' },
  { q: 'huangjiu', expect: ['/platforms/huangjiu-town/', '/projects/huangjiu-town/'], why: 'pinyin' },
  { q: 'shanmu', expect: ['/projects/sams-club/'], why: 'pinyin of 山姆' },
  // Slips
  { q: '鲁讯故里', expect: ['/projects/luxun-hometown-street/'], why: 'homophone slip 讯 for 迅' },
  { q: '山母超市', expect: ['/projects/sams-club/'], why: 'homophone slip 母 for 姆' },
  { q: 'jiansui', expect: ['/platforms/jianshui-science-city/', '/projects/jianshui-science-city/'], why: 'pinyin with a letter missing' },
  // As people talk: everyday words find the plan's wording (src/i18n/search-zh-CN.ts, EVERYDAY)
  {
    q: '老年人',
    expect: ['/projects/xicheng-plaza-care/', '/projects/jinghu-care-complex/', '/plan/#s3-3-p3'],
    why: 'resident: 康养, 健康养老',
  },
  { q: '养老院', expect: ['/projects/xicheng-plaza-care/', '/projects/jinghu-care-complex/', '/plan/#s3-3-p3'], why: 'resident: 康养' },
  { q: '夜市', expect: ['/plan/#s3-6-p3'], why: 'resident: 夜间文旅消费' },
  { q: '买菜', expect: ['/glossary/#quarter-hour-circle', '/projects/quarter-hour-living-circle/'], why: 'grocery: 一刻钟便民生活圈' },
  { q: '菜市场', expect: ['/glossary/#quarter-hour-circle', '/projects/quarter-hour-living-circle/'], why: 'grocery: 社区商圈' },
  { q: '芯片', expect: ['/platforms/ic-wanmu-qianyi/'], why: 'investor: 集成电路' },
  { q: '补贴', expect: ['/plan/#s4-2-p1'], why: 'investor: 支持奖励' },
  { q: '写字楼', expect: ['/industries/hq-business/', '/plan/#s2-2-p4'], why: 'investor: 楼宇' },
  { q: '找工作', expect: ['/programmes/talent/', '/plan/#s3-5-p3'], why: 'resident: 人才' },
  { q: 'GDP', expect: ['/glossary/#value-added', '/targets/#services-value-added'], why: 'journalist: 增加值' },
  // Unit names as people write them: full words, older names (src/lib/search/names.ts)
  { q: '经济和信息化局', expect: ['/units/economy-it-bureau/'], why: 'full department name' },
  { q: '越城区经济和信息化局', expect: ['/units/economy-it-bureau/'], why: 'full name with the district' },
  { q: '经信委', expect: ['/units/economy-it-bureau/'], why: 'older name: …委 for …局' },
  { q: '发改委', expect: ['/units/development-reform-bureau/'], why: 'older name' },
  { q: '工商局', expect: ['/units/market-regulation-bureau/'], why: 'predecessor of 市场监管局' },
  { q: '市场监督管理局', expect: ['/units/market-regulation-bureau/'], why: 'full name of 市场监管局' },
  // Nothing to find
  { q: 'qwxzv', none: true, why: 'keyboard noise' },
  { q: 'bitcoin', none: true, why: 'not in the plan' },
  { q: '康复', none: true, why: 'only single characters (康) match: unmatched, nearest terms offered' },
];

/**
 * The English edition's suite, searched on /en/search/: English names, a person or place inside a project's name,
 * pinyin and the Chinese name as foreign readers type them, a target's topic and an office's English name.
 */
export const SEARCH_CASES_EN: SearchCase[] = [
  // Industries, programmes and platforms by their English names
  { q: 'Culture and Tourism', expect: ['/en/industries/cultural-tourism/'], why: 'industry’s English name' },
  { q: 'tourism', expect: ['/en/industries/cultural-tourism/'], why: 'one word of an industry' },
  { q: 'Digital Software', expect: ['/en/industries/digital-software/'], why: 'industry' },
  { q: 'software', expect: ['/en/industries/digital-software/'], why: 'short industry word' },
  { q: 'Modern Finance', expect: ['/en/industries/modern-finance/'], why: 'industry' },
  { q: 'Headquarters Business', expect: ['/en/industries/hq-business/'], why: 'industry' },
  { q: 'Major Project Support Programme', expect: ['/en/programmes/major-projects/'], why: 'programme' },
  { q: 'talent', expect: ['/en/programmes/talent/'], why: 'programme topic' },
  {
    q: 'Jianshui Science and Technology City',
    expect: ['/en/platforms/jianshui-science-city/', '/en/projects/jianshui-science-city/'],
    why: 'platform and project',
  },
  {
    q: 'cross-border e-commerce',
    expect: ['/en/platforms/cross-border-ecommerce-zone/', '/en/platforms/cross-border-ecommerce-park/'],
    why: 'investor topic',
  },
  { q: 'integrated circuits', expect: ['/en/platforms/ic-wanmu-qianyi/'], why: 'industry inside a platform’s name' },
  { q: 'Huangjiu Town', expect: ['/en/platforms/huangjiu-town/', '/en/projects/huangjiu-town/'], why: 'platform and project' },
  // People and places inside project names
  { q: 'Lu Xun', expect: ['/en/projects/luxun-hometown-street/'], why: 'person in a project’s name' },
  { q: 'Sam’s Club', expect: ['/en/projects/sams-club/'], why: 'brand' },
  { q: 'Longfor', expect: ['/en/projects/longfor-paradise-walk/'], why: 'developer in a project’s name' },
  { q: 'Shaoxin Laboratory', expect: ['/en/projects/shaoxin-lab/'], why: 'project' },
  { q: 'SF', expect: ['/en/projects/sf-fengtai-hq-base/'], why: 'company inside a long project name' },
  { q: 'high-speed rail', expect: ['/en/projects/hsr-tod/'], why: 'project' },
  { q: 'Yangming', expect: ['/en/projects/heritage-loop/'], why: 'person in a project’s name' },
  { q: 'Jiefang Road', expect: ['/en/projects/jiefang-road-awakening/'], why: 'street in a project’s name' },
  // Pinyin and Chinese typed on the English site
  {
    q: 'Jianshui Kejicheng',
    expect: ['/en/platforms/jianshui-science-city/', '/en/projects/jianshui-science-city/'],
    why: 'pinyin of a platform',
  },
  { q: '鉴水科技城', expect: ['/en/platforms/jianshui-science-city/', '/en/projects/jianshui-science-city/'], why: 'the Chinese name' },
  // Offices by their English names
  { q: 'District Bureau of Commerce', expect: ['/en/units/commerce-bureau/'], why: 'office’s English name' },
  { q: 'Bureau of Commerce', expect: ['/en/units/commerce-bureau/'], why: 'office without “District”' },
  { q: 'Development and Reform', expect: ['/en/units/development-reform-bureau/'], why: 'office' },
  { q: 'Financial Affairs Office', expect: ['/en/units/economy-it-bureau/'], why: 'office written inside another' },
  { q: 'Publicity Department', expect: ['/en/units/propaganda-dept/'], why: 'party department' },
  // Targets by their topic, and terms
  { q: 'tourism revenue', expect: ['/en/targets/#tourism-revenue'], why: 'target topic' },
  { q: 'services value added', expect: ['/en/targets/#services-value-added'], why: 'headline target' },
  { q: 'retail sales', expect: ['/en/targets/#retail-sales'], why: 'target topic' },
  { q: 'chain leader', expect: ['/en/glossary/#chain-leader'], why: 'term' },
  { q: 'above designated size', expect: ['/en/glossary/#above-scale'], why: 'term' },
];
