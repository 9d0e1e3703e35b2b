import { z } from 'astro/zod';
import { notVerbatim, paragraphId, standsIn, text, type SchemaContext } from './common';
import { ENGLISH } from './english';

/**
 * A role the text of 四 gives a unit. 四 prints no 责任单位 list, so these are kept apart from responsibilities:
 * they are not counted as clauses a unit answers for.
 */
function role(ctx: SchemaContext) {
  return z.object({
    unit: ctx.ref('units').describe('单位编号'),
    text: text.describe('方案中写明该单位角色的原话，逐字照录'),
  });
}

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
      roles: z.array(role(ctx)).default([]).describe('方案在本段写明的单位角色（不是责任单位名单）'),
      en: ENGLISH.measures,
    })
    .superRefine((m, issue) => {
      if (!ctx.paragraphs.has(m.source)) return;
      m.items.forEach((item, i) => {
        if (!standsIn(ctx, item, [m.source]))
          issue.addIssue({ code: 'custom', path: ['items', i], message: notVerbatim(item, [m.source]) });
      });
      m.roles.forEach((r, i) => {
        if (!standsIn(ctx, r.text, [m.source]))
          issue.addIssue({ code: 'custom', path: ['roles', i, 'text'], message: notVerbatim(r.text, [m.source]) });
      });
    });
}
