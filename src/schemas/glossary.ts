import { z } from 'astro/zod';
import { sources, text, type SchemaContext } from './common';

export function glossarySchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('glossary').default('glossary'),
      term: text,
      /** The forms in which the term stands in the plan. */
      aliases: z.array(text).min(1, 'list the form(s) in which the term stands in the plan'),
      /** Background written by the portal, not plan text. Numbers the plan does not state do not belong here. */
      definition: text,
      sources: sources(ctx),
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
