import { z } from 'astro/zod';
import { notVerbatim, paragraphId, responsibility, standsIn, text, type SchemaContext } from './common';

export function projectCategorySchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('project-category').default('project-category'),
      name: text,
      fullName: text,
      summary: text,
      source: paragraphId(ctx),
      responsibilities: z.array(responsibility(ctx)).min(1, 'the plan names units for every category'),
    })
    .superRefine((c, issue) => {
      if (!standsIn(ctx, c.fullName, [c.source])) issue.addIssue({ code: 'custom', path: ['fullName'], message: notVerbatim(c.fullName, [c.source]) });
    });
}
