import { z } from 'astro/zod';
import { notVerbatim, sources, standsIn, text, type SchemaContext } from './common';

export const PLATFORM_LEVELS = ['world', 'national', 'provincial', 'other'] as const;

export function platformSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('platform').default('platform'),
      name: text,
      level: z.enum(PLATFORM_LEVELS, { error: 'level is one of world, national, provincial, other' }),
      /** The plan's phrase for what the platform is to become. */
      role: text.optional(),
      industries: z.array(ctx.ref('industries')),
      sources: sources(ctx),
      note: text.optional(),
    })
    .superRefine((p, issue) => {
      if (!standsIn(ctx, p.name, p.sources)) issue.addIssue({ code: 'custom', path: ['name'], message: notVerbatim(p.name, p.sources) });
      if (p.role && !standsIn(ctx, p.role, p.sources)) issue.addIssue({ code: 'custom', path: ['role'], message: notVerbatim(p.role, p.sources) });
    });
}
