import { z } from 'astro/zod';
import { quotation, responsibility, sources, text, type SchemaContext } from './common';

export const INDUSTRY_GROUPS = ['consumer', 'producer'] as const;

export function industrySchema(ctx: SchemaContext) {
  return z.object({
    type: z.literal('industry').default('industry').describe('条目类型'),
    number: z.number().int().min(1).max(6).describe('方案中的序号（1–6）'),
    name: text.describe('行业名称'),
    group: z
      .enum(INDUSTRY_GROUPS, { error: 'group is "consumer" (生活性) or "producer" (生产性)' })
      .describe('类别：consumer 生活性服务业，producer 生产性服务业'),
    summary: text.describe('本站撰写的通俗概括（不是方案原文）'),
    sources: sources(ctx),
    commitments: z.array(quotation(ctx)).min(1, 'list what the plan commits to, in its own words').describe('方案的承诺：原话及其段落'),
    responsibilities: z.array(responsibility(ctx)).describe('责任单位：每个条款列出的单位'),
  });
}
