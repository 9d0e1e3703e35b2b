import { z } from 'astro/zod';
import { notVerbatim, sources, standsIn, text, type SchemaContext } from './common';

export const PLATFORM_LEVELS = ['world', 'national', 'provincial', 'other'] as const;

export function platformSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('platform').default('platform').describe('条目类型'),
      name: text.describe('平台名称，照录方案'),
      level: z
        .enum(PLATFORM_LEVELS, { error: 'level is one of world, national, provincial, other' })
        .describe('级别：world 世界级，national 国家级，provincial 省级，other 方案提及的其他载体'),
      /** The plan's phrase for what the platform is to become. */
      role: text.optional().describe('方案对平台定位的原话'),
      industries: z.array(ctx.ref('industries')).describe('方案将其与之关联的重点行业编号'),
      sources: sources(ctx),
      note: text.optional().describe('本站的说明'),
    })
    .superRefine((p, issue) => {
      if (!standsIn(ctx, p.name, p.sources)) issue.addIssue({ code: 'custom', path: ['name'], message: notVerbatim(p.name, p.sources) });
      if (p.role && !standsIn(ctx, p.role, p.sources))
        issue.addIssue({ code: 'custom', path: ['role'], message: notVerbatim(p.role, p.sources) });
    });
}
