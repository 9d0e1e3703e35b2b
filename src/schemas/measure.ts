import { z } from 'astro/zod';
import { notVerbatim, paragraphId, responsibility, standsIn, text, type SchemaContext } from './common';

export function measureSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('measure').default('measure').describe('条目类型'),
      number: z.number().int().min(1).max(4).describe('方案中的序号（1–4）'),
      name: text.describe('措施名称，照录方案'),
      summary: text.describe('本站撰写的通俗概括（不是方案原文）'),
      source: paragraphId(ctx).describe('措施所在段落编号'),
      /** The plan's own phrases, in order. */
      items: z.array(text).min(1).describe('方案原话要点，逐字照录'),
      responsibilities: z.array(responsibility(ctx)).describe('方案写明的分工'),
    })
    .superRefine((m, issue) => {
      m.items.forEach((item, i) => {
        if (ctx.paragraphs.has(m.source) && !standsIn(ctx, item, [m.source])) {
          issue.addIssue({ code: 'custom', path: ['items', i], message: notVerbatim(item, [m.source]) });
        }
      });
    });
}
