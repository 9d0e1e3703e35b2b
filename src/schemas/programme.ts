import { z } from 'astro/zod';
import { quotation, responsibility, sources, text, type SchemaContext } from './common';

export function programmeSchema(ctx: SchemaContext) {
  return z.object({
    type: z.literal('programme').default('programme'),
    number: z.number().int().min(1).max(6),
    name: text,
    shortName: text,
    summary: text,
    sources: sources(ctx),
    commitments: z.array(quotation(ctx)).min(1, 'list what the plan commits to, in its own words'),
    responsibilities: z.array(responsibility(ctx)),
  });
}
