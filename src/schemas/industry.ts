import { z } from 'astro/zod';
import { quotation, responsibility, sources, text, type SchemaContext } from './common';

export const INDUSTRY_GROUPS = ['consumer', 'producer'] as const;

export function industrySchema(ctx: SchemaContext) {
  return z.object({
    type: z.literal('industry').default('industry'),
    number: z.number().int().min(1).max(6),
    name: text,
    group: z.enum(INDUSTRY_GROUPS, { error: 'group is "consumer" (生活性) or "producer" (生产性)' }),
    summary: text,
    sources: sources(ctx),
    commitments: z.array(quotation(ctx)).min(1, 'list what the plan commits to, in its own words'),
    responsibilities: z.array(responsibility(ctx)),
  });
}
