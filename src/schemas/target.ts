import { z } from 'astro/zod';
import { notVerbatim, sources, standsIn, text, type SchemaContext } from './common';
import { ENGLISH } from './english';

/**
 * The units code tells apart, named so it never retypes them: amounts in 亿元 (10^8 yuan: see src/lib/format.ts),
 * shares in %, and 个, the unit of the plan's project counts.
 */
export const TARGET_UNIT = { amount: '亿元', share: '%', count: '个' } as const;
/** Units exactly as the plan writes them after the number. */
export const TARGET_UNITS = [TARGET_UNIT.amount, TARGET_UNIT.share, TARGET_UNIT.count, '家', '名', '幢', '座', '场', '类', '大'] as const;
export const COMPARATORS = ['reach', 'at-least', 'exceed'] as const;
export const HEDGES = ['力争', '争取', '争创'] as const;
/**
 * What a target stands for in the plan's structure, where pages single it out: `headline` is the "1" of "1616"
 * (服务业增加值); `projects-total` the plan-wide project count and investment that the three categories add up to.
 */
export const TARGET_ROLES = ['headline', 'projects-total'] as const;

/** Hedges whose reach runs on through the figures listed after them in one sentence ("力争A，B，C"). */
const SENTENCE_HEDGES = ['力争', '争取'] as const;

/**
 * The hedge that governs `quote` in `paragraph`: 力争 or 争取 earlier in the same sentence. (争创 is left out: it
 * governs only the title that follows it, "争创1个国家级软件名园".)
 */
export function governingHedge(paragraph: string, quote: string): (typeof SENTENCE_HEDGES)[number] | undefined {
  const at = paragraph.indexOf(quote);
  if (at < 0) return undefined;
  const start = paragraph.lastIndexOf('。', at) + 1;
  const before = paragraph.slice(start, at + quote.length);
  return SENTENCE_HEDGES.find((h) => before.includes(h));
}

export function targetSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('target').default('target').describe('条目类型'),
      label: text.describe('指标名称（本站按原文拟定的简短名称）'),
      value: z
        .number({ error: 'value must be a number, in `unit` as the plan writes it (1000 for 1000亿元)' })
        .positive()
        .describe('目标数值，以 unit 为单位（1000 即 1000亿元；1亿 = 10^8）'),
      unit: z.enum(TARGET_UNITS, { error: `unit must be one of ${TARGET_UNITS.join(' ')}` }).describe('单位，照录方案'),
      comparator: z
        .enum(COMPARATORS, { error: 'comparator is reach (达), at-least (以上) or exceed (突破)' })
        .describe('reach 达到，at-least …以上，exceed 突破/超过'),
      /** The year the plan sets; absent when it sets none. */
      by: z.number().int().min(2023).max(2026).optional().describe('期限年份；空表示方案未写明期限（或为每年目标）'),
      /** A per-year target (每年). */
      yearly: z.boolean().default(false).describe('是否为每年目标'),
      /** The plan's own softening word, where it uses one. */
      hedge: z.enum(HEDGES).optional().describe('方案自己的措辞：力争、争取、争创'),
      industry: ctx.ref('industries').optional().describe('所属重点行业编号'),
      programme: ctx.ref('programmes').optional().describe('所属重点工程编号；行业和工程都为空表示总体目标'),
      /** For the count and investment target of one kind of major project (三（三）). */
      category: ctx.ref('projectCategories').optional().describe('所属重大项目类别编号（仅三类项目的数量和投资目标）'),
      role: z
        .enum(TARGET_ROLES, { error: `role is one of ${TARGET_ROLES.join(', ')}` })
        .optional()
        .describe('在方案结构中的角色：headline 即“1616”中的“1”（服务业增加值），projects-total 三类重大项目合计对应的总目标'),
      quote: text.describe('方案原话，逐字照录'),
      sources: sources(ctx),
      note: text.optional().describe('本站的说明'),
      en: ENGLISH.targets,
    })
    .superRefine((t, issue) => {
      const fail = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
      if (!t.sources.every((id) => ctx.paragraphs.has(id))) return; // reported on `sources` already
      if (!standsIn(ctx, t.quote, t.sources)) return fail('quote', notVerbatim(t.quote, t.sources));
      const home = t.sources.filter((id) => ctx.paragraphs.get(id)!.includes(t.quote));
      if (!t.quote.includes(`${t.value}${t.unit}`))
        fail('value', `the quote does not contain "${t.value}${t.unit}": value and unit must be the plan's`);
      const atLeast = t.quote.includes(`${t.value}${t.unit}以上`);
      if (atLeast && t.comparator !== 'at-least') fail('comparator', 'the quote says 以上: comparator must be at-least');
      if (t.comparator === 'at-least' && !atLeast) fail('comparator', 'comparator at-least needs 以上 after the figure in the quote');
      if (t.comparator === 'exceed' && !/突破|超/.test(t.quote)) fail('comparator', 'comparator exceed needs 突破 or 超 in the quote');
      if (t.yearly !== t.quote.includes('每年'))
        fail('yearly', t.yearly ? 'yearly targets quote 每年' : 'the quote says 每年: set yearly: true');
      if (t.yearly && t.by) fail('by', 'a yearly target has no `by` year');
      if (t.by && !standsIn(ctx, `${t.by}年`, t.sources)) fail('by', `"${t.by}年" does not stand in ${t.sources.join(', ')}`);
      if (t.hedge && !standsIn(ctx, t.hedge, home)) fail('hedge', `"${t.hedge}" does not stand in ${home.join(', ')}`);
      const governing = governingHedge(ctx.paragraphs.get(home[0]!)!, t.quote);
      if (governing && !t.hedge) fail('hedge', `the sentence says ${governing} before "${t.quote}": set hedge: ${governing}`);
      if (t.industry && t.programme) fail('programme', 'a target belongs to one industry or one programme, not both');
      if (t.category && !t.programme) fail('category', 'a project-category target belongs to the major-projects programme');
    });
}
