// The data dictionary in English: each field description of the schemas (src/schemas, `.describe()`), by its Chinese.
// The English edition's /en/data/ and the English dictionary CSV read it; a test fails on a description without English.
export const DATA_DICTIONARY_EN: Readonly<Record<string, string>> = {
  '稳定编号（小写英文和连字符），也是页面网址的一部分':
    'Stable id (lower-case ASCII words joined by hyphens); also part of the page address',
  'reach 达到，at-least …以上，exceed 突破/超过':
    'reach: reach the figure; at-least: the figure or more; exceed: break through or exceed the figure',
  '一（二）¶5 中的简称': 'Short name used in I(2) ¶5',
  写明责任单位的段落编号: 'Id of the paragraph that names the responsible units',
  '出处：方案原文段落编号（如 s2-1-p1 即“二（一）¶1”），第一个为主要出处':
    'Sources: ids of paragraphs of the plan’s original text (e.g. s2-1-p1 is “II(1) ¶1”); the first is the main source',
  '单位全称（背景资料，不出自方案；方案只写简称）':
    'Full name of the unit (background, not from the plan; the plan writes short names only)',
  '单位名称，照录方案': 'Unit name, as the plan writes it',
  单位编号: 'Unit id',
  '单位，照录方案': 'Unit of measure, as the plan writes it',
  '原文，逐字照录': 'The original text, copied verbatim',
  原话所在段落的编号: 'Id of the paragraph in which the words stand',
  '变更日期（YYYY-MM-DD）': 'Date of the change (YYYY-MM-DD)',
  '变更标题（本站撰写）': 'Title of the change (written by this site)',
  '变更类型：added 新增，corrected 更正，updated 更新':
    'Kind of change: added (new content), corrected (an error put right), updated (brought up to date)',
  '变更说明（本站撰写）': 'Description of the change (written by this site)',
  '名称，与内容中的写法逐字相同': 'The name, character for character as the content writes it',
  '回答所依据的方案原话，逐字照录': 'The plan’s words the answer rests on, copied verbatim',
  回答涉及的量化目标编号: 'Ids of the quantitative targets the answer concerns',
  '回答（本站撰写，只依据方案；以原文为准）。{taskParagraphs} 这样的占位符由程序从原文统计的数字填入':
    'Answer (written by this site, based only on the plan; the original text prevails). Placeholders such as {taskParagraphs} are filled in by the software with figures counted from the original text',
  '在方案结构中的角色：headline 即“1616”中的“1”（服务业增加值），projects-total 三类重大项目合计对应的总目标':
    'Role in the plan’s structure: headline is the “1” of “1616” (services value added); projects-total is the overall target that the three categories of major projects add up to',
  工程名称: 'Programme name',
  '带声调的汉语拼音，按正词法分词': 'Hanyu Pinyin with tone marks, divided into words by the official orthography',
  '平台名称，照录方案': 'Platform name, as the plan writes it',
  '引用标签，如“二（一）¶1”': 'Citation label, e.g. “II(1) ¶1”',
  '所在平台编号；空表示方案未写明': 'Id of the platform it is on; empty where the plan does not say',
  '所属重大项目类别编号（仅三类项目的数量和投资目标）':
    'Id of the major project category it belongs to (only for the number and investment targets of the three categories)',
  '所属重点工程编号；行业和工程都为空表示总体目标':
    'Id of the key programme it belongs to; with both industry and programme empty, it is an overall target',
  所属重点行业编号: 'Id of the key industry it belongs to',
  '指标名称（本站按原文拟定的简短名称）': 'Target name (a short name drawn up by this site from the original text)',
  '措施名称，照录方案': 'Name of the measure, as the plan writes it',
  措施所在段落编号: 'Id of the paragraph in which the measure stands',
  '方案中写明该单位角色的原话，逐字照录': 'The plan’s words stating the unit’s role, copied verbatim',
  方案中的其他写法: 'Other forms in which the plan writes it',
  '方案中的序号（1–4）': 'Number in the plan (1–4)',
  '方案中的序号（1–6）': 'Number in the plan (1–6)',
  '方案原文中的原话，逐字照录': 'The plan’s words in its original text, copied verbatim',
  '方案原话要点，逐字照录': 'Key points in the plan’s words, copied verbatim',
  '方案原话，逐字照录': 'The plan’s words, copied verbatim',
  '方案在本段写明的单位角色（不是责任单位名单）': 'Roles of units that the plan states in this paragraph (not a list of responsible units)',
  方案对平台定位的原话: 'The plan’s words on the platform’s intended role',
  方案对该项目要做什么的原话: 'The plan’s words on what is to be done with the project',
  '方案对项目种类的用语（如“科研服务类项目”）': 'The plan’s term for the kind of project (e.g. “research service project”)',
  方案将其与之关联的重点行业编号: 'Ids of the key industries the plan links it with',
  方案没有写明的相关内容: 'Related matters the plan does not state',
  '方案的承诺：原话及其段落': 'The plan’s commitments: its words and their paragraphs',
  '方案自己的措辞：力争、争取、争创':
    'The plan’s own hedging word: lizheng (aims to), zhengqu (strives to) or zhengchuang (strives to win)',
  是否为每年目标: 'Whether it is a yearly target',
  '是否为项目群（一个名称包含多个项目）': 'Whether it is a project group (one name covering several projects)',
  '有意与之共用同一英文译名的另一条目的名称（zh）': 'The name (zh) of another entry that deliberately shares this English rendering',
  '期限年份；空表示方案未写明期限（或为每年目标）': 'Deadline year; empty where the plan sets no deadline (or for a yearly target)',
  '本站提供的背景知识（不是方案内容）': 'Background knowledge provided by this site (not the plan’s content)',
  '本站撰写的背景解释（不是方案内容）': 'Background explanation written by this site (not the plan’s content)',
  '本站撰写的通俗概括（不是方案原文）': 'Plain-language summary written by this site (not the plan’s original text)',
  本站的说明: 'Note by this site',
  '本站的说明（译法的理由，不在页面上显示）': 'Note by this site (the reasons for the rendering; not shown on pages)',
  术语: 'Term',
  术语在方案中出现的写法: 'Forms in which the term appears in the plan',
  条目类型: 'Entry type',
  核对单位全称所用的公开网页地址: 'Address of the public web page used to check the unit’s full name',
  '段落编号，用作网址锚点：/plan/#编号': 'Paragraph id, used as the anchor in page addresses: /plan/#id',
  '涉及的本站页面（网址路径）': 'Pages of this site the change concerns (as site paths)',
  '目标数值，以 unit 为单位（1000 即 1000亿元；1亿 = 10^8）':
    'Target value, expressed in unit (1000 means 1000 yi yuan, i.e. RMB 100 billion; 1 yi = 10^8)',
  '相关重点行业编号（有原文依据的）': 'Ids of the related key industries (where the original text supports the link)',
  '类别全称，照录方案': 'Full name of the category, as the plan writes it',
  类别简称: 'Short name of the category',
  '类别：consumer 生活性服务业，producer 生产性服务业': 'Group: consumer (consumer services), producer (producer services)',
  '类型：notice 印发通知，title 标题，heading 章节标题，paragraph 正文段落，cc 抄送':
    'Kind: notice (covering notice), title (the title), heading (section heading), paragraph (body paragraph), cc (copied to)',
  '级别：world 世界级，national 国家级，provincial 省级，other 方案提及的其他载体':
    'Level: world (world-class), national, provincial, other (other sites the plan mentions)',
  英文译名: 'English rendering',
  '英文译文（本站翻译，非官方；以中文为准）': 'English translation (by this site, unofficial; the Chinese prevails)',
  行业名称: 'Industry name',
  '译文所依据的中文内容的散列值（前 8 位十六进制）': 'Hash of the Chinese content the translation was made from (first 8 hex digits)',
  '该条款只涉及的部分（如“龙头领军企业”）；空表示整个条目':
    'The only part of the entry this clause concerns (e.g. “leading enterprises”); empty means the whole entry',
  '该段末尾的责任单位名单，照录方案的写法和顺序（如“区经信局<区金融办>、…”）；只有写明责任单位的段落才有':
    'The list of responsible units at the end of the paragraph, as the plan writes it and in its order (e.g. “District Bureau of Economy and Information Technology (District Financial Affairs Office), …”); only paragraphs that name responsible units have one',
  该类别所在段落编号: 'Id of the paragraph in which the category stands',
  该类别的责任单位: 'Responsible units of the category',
  '责任单位编号，按方案列出的顺序': 'Ids of the responsible units, in the order the plan lists them',
  '责任单位：每个条款列出的单位': 'Responsible units: the units each clause lists',
  '责任单位：每个条款列出的单位（重大项目支撑工程按项目类别列出，见 projectCategories）':
    'Responsible units: the units each clause lists (for the Major Project Support Programme they are listed by project category; see projectCategories)',
  '重大项目类别编号；空表示方案未归类': 'Id of the major project category; empty where the plan does not assign one',
  '问题（本站撰写）': 'Question (written by this site)',
  '项目名称，照录方案': 'Project name, as the plan writes it',
  '单位类型（按名称判断）：party 区委部门，bureau 区政府部门（名称为“区…局”），branch 分局（名称以“分局”结尾；方案没有说明它的隶属），state-owned-group 国有企业集团，task-force 专班，management-committee 管委会，municipal 市级单位，towns-streets 镇街，coordination 议事协调机构':
    'Kind of unit (judged by its name): party (department of the District Party Committee), bureau (district government department, named as a district bureau), branch (branch bureau, its name ending in “branch bureau”; the plan does not say what it belongs to), state-owned-group (state-owned enterprise group), task-force (task force), management-committee (management committee), municipal (city-level body), towns-streets (towns and subdistricts), coordination (coordinating body)',
};
