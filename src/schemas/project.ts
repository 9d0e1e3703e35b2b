import { z } from 'astro/zod';
import { notVerbatim, sources, standsIn, text, type SchemaContext } from './common';

export function projectSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('project').default('project'),
      name: text,
      /** Absent for the initiatives the plan names outside the three categories of 三（三）. */
      category: ctx.ref('projectCategories').optional(),
      /** The plan's own word for the kind of project, e.g. 科研服务类项目. */
      kind: text.optional(),
      /** True when the name covers several projects (研发机构, 品质消费项目…). */
      group: z.boolean().default(false),
      platform: ctx.ref('platforms').optional(),
      industries: z.array(ctx.ref('industries')),
      sources: sources(ctx),
      /** The plan's sentence about what is to happen to the project. */
      action: text.optional(),
      /** General background that is not plan content; pages label it as such. */
      background: text.optional(),
    })
    .superRefine((p, issue) => {
      const first = p.sources.slice(0, 1);
      if (first.length && !standsIn(ctx, p.name, first)) {
        issue.addIssue({ code: 'custom', path: ['name'], message: notVerbatim(p.name, first) });
      }
      for (const [field, phrase] of [['kind', p.kind], ['action', p.action]] as const) {
        if (phrase && !standsIn(ctx, phrase, p.sources)) issue.addIssue({ code: 'custom', path: [field], message: notVerbatim(phrase, p.sources) });
      }
    });
}
