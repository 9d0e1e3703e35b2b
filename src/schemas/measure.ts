import { z } from 'astro/zod';
import { notVerbatim, paragraphId, responsibility, standsIn, text, type SchemaContext } from './common';

export function measureSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('measure').default('measure'),
      number: z.number().int().min(1).max(4),
      name: text,
      summary: text,
      source: paragraphId(ctx),
      /** The plan's own phrases, in order. */
      items: z.array(text).min(1),
      responsibilities: z.array(responsibility(ctx)),
    })
    .superRefine((m, issue) => {
      m.items.forEach((item, i) => {
        if (ctx.paragraphs.has(m.source) && !standsIn(ctx, item, [m.source])) {
          issue.addIssue({ code: 'custom', path: ['items', i], message: notVerbatim(item, [m.source]) });
        }
      });
    });
}
