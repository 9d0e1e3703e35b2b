import { z } from 'astro/zod';
import { quotation, sources, text, type SchemaContext } from './common';
import { ENGLISH } from './english';

/**
 * Figures an answer may name as `{name}`: counted from the plan's text by code (src/lib/relations.ts), so an
 * answer never types a count that could drift from the text.
 */
export const FACTS = [
  'taskParagraphs',
  'withOwnList',
  'coveredBySubsectionList',
  'sharedListSubsections',
  'lists',
  'listsNamingDepartments',
  'listsNamingNoDepartment',
  'supportParagraphs',
] as const;
export type Fact = (typeof FACTS)[number];

/**
 * A question people ask, answered only from the plan: the answer is the portal's plain wording, the quotes are
 * the plan's own words it rests on (checked verbatim), and `notStated` says what the plan leaves open.
 */
export function questionSchema(ctx: SchemaContext) {
  return z
    .object({
      type: z.literal('question').default('question').describe('条目类型'),
      question: text.describe('问题（本站撰写）'),
      answer: text.describe('回答（本站撰写，只依据方案；以原文为准）。{taskParagraphs} 这样的占位符由程序从原文统计的数字填入'),
      quotes: z.array(quotation(ctx)).default([]).describe('回答所依据的方案原话，逐字照录'),
      /** What a reader would expect to learn but the plan does not say. */
      notStated: text.optional().describe('方案没有写明的相关内容'),
      /** Targets the answer is about, linked under it. */
      targets: z.array(ctx.ref('targets')).default([]).describe('回答涉及的量化目标编号'),
      sources: sources(ctx),
      en: ENGLISH.questions,
    })
    .refine((q) => q.quotes.length > 0 || q.notStated, {
      message: 'an answer needs the plan’s words (quotes) or a notStated saying what the plan leaves open',
      path: ['quotes'],
    })
    .superRefine((q, issue) => {
      for (const [, name] of q.answer.matchAll(/\{(\w+)\}/g)) {
        if (!(FACTS as readonly string[]).includes(name!)) {
          issue.addIssue({
            code: 'custom',
            path: ['answer'],
            message: `{${name}} is not a figure the site counts; use one of ${FACTS.map((f) => `{${f}}`).join(' ')}`,
          });
        }
      }
      q.quotes.forEach((quote, i) => {
        if (!q.sources.includes(quote.source))
          issue.addIssue({ code: 'custom', path: ['quotes', i, 'source'], message: `${quote.source} must also be listed in sources` });
      });
    });
}
