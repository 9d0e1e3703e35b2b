import { z } from 'astro/zod';
import { quotation, sources, text, type SchemaContext } from './common';

/**
 * A question people ask, answered only from the plan: the answer is the portal's plain wording, the quotes are
 * the plan's own words it rests on (checked verbatim), and `notStated` says what the plan leaves open.
 */
export function questionSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('question').default('question').describe('条目类型'),
      question: text.describe('问题（本站撰写）'),
      answer: text.describe('回答（本站撰写，只依据方案；以原文为准）'),
      quotes: z.array(quotation(ctx)).default([]).describe('回答所依据的方案原话，逐字照录'),
      /** What a reader would expect to learn but the plan does not say. */
      notStated: text.optional().describe('方案没有写明的相关内容'),
      sources: sources(ctx),
    })
    .refine((q) => q.quotes.length > 0 || q.notStated, { message: 'an answer needs the plan’s words (quotes) or a notStated saying what the plan leaves open', path: ['quotes'] })
    .superRefine((q, issue) => {
      q.quotes.forEach((quote, i) => {
        if (!q.sources.includes(quote.source)) issue.addIssue({ code: 'custom', path: ['quotes', i, 'source'], message: `${quote.source} must also be listed in sources` });
      });
    });
}
