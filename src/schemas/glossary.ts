import { z } from 'astro/zod';
import { sources, text, type SchemaContext } from './common';
import { ENGLISH } from './english';

export function glossarySchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('glossary').default('glossary').describe('条目类型'),
      term: text.describe('术语'),
      /** The forms in which the term stands in the plan. */
      aliases: z.array(text).min(1, 'list the form(s) in which the term stands in the plan').describe('术语在方案中出现的写法'),
      /** Background written by the portal, not plan text. Numbers the plan does not state do not belong here. */
      definition: text.describe('本站撰写的背景解释（不是方案内容）'),
      sources: sources(ctx),
      en: ENGLISH.glossary,
    })
    .superRefine((g, issue) => {
      g.sources.forEach((id, i) => {
        const para = ctx.paragraphs.get(id);
        if (para && !g.aliases.some((a) => para.includes(a))) {
          issue.addIssue({ code: 'custom', path: ['sources', i], message: `none of ${g.aliases.join(' / ')} stands in ${id}` });
        }
      });
    });
}
