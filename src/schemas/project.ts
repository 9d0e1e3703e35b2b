import { z } from 'astro/zod';
import { notVerbatim, sources, standsIn, text, type SchemaContext } from './common';

export function projectSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('project').default('project').describe('条目类型'),
      name: text.describe('项目名称，照录方案'),
      /** Absent for the initiatives the plan names outside the three categories of 三（三）. */
      category: ctx.ref('projectCategories').optional().describe('重大项目类别编号；空表示方案未归类'),
      /** The plan's own word for the kind of project, e.g. 科研服务类项目. */
      kind: text.optional().describe('方案对项目种类的用语（如“科研服务类项目”）'),
      /** True when the name covers several projects (研发机构, 品质消费项目…). */
      group: z.boolean().default(false).describe('是否为项目群（一个名称包含多个项目）'),
      platform: ctx.ref('platforms').optional().describe('所在平台编号；空表示方案未写明'),
      industries: z.array(ctx.ref('industries')).describe('相关重点行业编号（有原文依据的）'),
      sources: sources(ctx),
      /** The plan's sentence about what is to happen to the project. */
      action: text.optional().describe('方案对该项目要做什么的原话'),
      /** General background that is not plan content; pages label it as such. */
      background: text.optional().describe('本站提供的背景知识（不是方案内容）'),
    })
    .superRefine((p, issue) => {
      const first = p.sources.slice(0, 1);
      if (first.length && !standsIn(ctx, p.name, first)) {
        issue.addIssue({ code: 'custom', path: ['name'], message: notVerbatim(p.name, first) });
      }
      for (const [field, phrase] of [
        ['kind', p.kind],
        ['action', p.action],
      ] as const) {
        if (phrase && !standsIn(ctx, phrase, p.sources))
          issue.addIssue({ code: 'custom', path: [field], message: notVerbatim(phrase, p.sources) });
      }
    });
}
