import { z } from 'astro/zod';
import { sources, text } from './common';
import type { SchemaContext } from './common';
import { ENGLISH } from './english';

/** YYYY-MM-DD, a real calendar day. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-11-27')
  .refine((s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true; // the format's own message says what is wrong
    const time = Date.parse(`${s}T00:00:00Z`);
    // 2026-02-30 parses as 2 March in some engines: the day must come back unchanged.
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'not a calendar date');

/** One dated change to the portal's content, for /changes/ and its Atom feed. */
export function changeSchema(ctx: SchemaContext) {
  return z.object({
    type: z.literal('change').default('change').describe('条目类型'),
    date: isoDay.describe('变更日期（YYYY-MM-DD）'),
    kind: z
      .enum(['added', 'corrected', 'updated'], { error: 'kind must be one of added, corrected, updated' })
      .describe('变更类型：added 新增，corrected 更正，updated 更新'),
    title: text.describe('变更标题（本站撰写）'),
    summary: text.describe('变更说明（本站撰写）'),
    /** Portal pages the change touched, as site paths. */
    pages: z
      .array(z.string().regex(/^\/[^\s]*$/, 'a page is a site path starting with /, e.g. /targets/'))
      .default([])
      .describe('涉及的本站页面（网址路径）'),
    sources: sources(ctx),
    en: ENGLISH.changes,
  });
}
