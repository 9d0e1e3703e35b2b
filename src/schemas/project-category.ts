import { z } from 'astro/zod';
import { notVerbatim, paragraphId, responsibility, standsIn, text, type SchemaContext } from './common';
import { ENGLISH } from './english';

export function projectCategorySchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('project-category').default('project-category').describe('条目类型'),
      name: text.describe('类别简称'),
      fullName: text.describe('类别全称，照录方案'),
      summary: text.describe('本站撰写的通俗概括（不是方案原文）'),
      source: paragraphId(ctx).describe('该类别所在段落编号'),
      responsibilities: z.array(responsibility(ctx)).min(1, 'the plan names units for every category').describe('该类别的责任单位'),
      en: ENGLISH.projectCategories,
    })
    .superRefine((c, issue) => {
      if (!standsIn(ctx, c.fullName, [c.source]))
        issue.addIssue({ code: 'custom', path: ['fullName'], message: notVerbatim(c.fullName, [c.source]) });
    });
}
