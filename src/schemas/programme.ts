import { z } from 'astro/zod';
import { quotation, responsibility, sources, text, type SchemaContext } from './common';

export function programmeSchema(ctx: SchemaContext) {
  return z.object({
    type: z.literal('programme').default('programme').describe('条目类型'),
    number: z.number().int().min(1).max(6).describe('方案中的序号（1–6）'),
    name: text.describe('工程名称'),
    shortName: text.describe('一（二）¶5 中的简称'),
    summary: text.describe('本站撰写的通俗概括（不是方案原文）'),
    sources: sources(ctx),
    commitments: z.array(quotation(ctx)).min(1, 'list what the plan commits to, in its own words').describe('方案的承诺：原话及其段落'),
    responsibilities: z
      .array(responsibility(ctx))
      .describe('责任单位：每个条款列出的单位（重大项目支撑工程按项目类别列出，见 projectCategories）'),
  });
}
