import { z } from 'astro/zod';
import { quotation, text, type SchemaContext } from './common';
import { ENGLISH, planBlockEnglishSchema } from './english';

/** A date as the plan writes it, 2023年12月29日: year, month and day. */
export const PLAN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** A row of the `paragraphs` dataset (/data/paragraphs.json): one addressable block of the official text, described for the data dictionary. */
export const paragraphRowSchema = z.object({
  id: z.string().describe('段落编号，用作网址锚点：/plan/#编号'),
  label: z.string().describe('引用标签，如“二（一）¶1”'),
  kind: z
    .enum(['notice', 'title', 'heading', 'paragraph', 'cc'])
    .describe('类型：notice 印发通知，title 标题，heading 章节标题，paragraph 正文段落，cc 抄送'),
  text: z.string().describe('原文，逐字照录'),
  responsibilityList: z
    .string()
    .optional()
    .describe('该段末尾的责任单位名单，照录方案的写法和顺序（如“区经信局<区金融办>、…”）；只有写明责任单位的段落才有'),
});

/** The document itself: its metadata (each value quoted from the text) and the parsed text tree. */
export function planSchema(ctx: SchemaContext) {
  const block = z.object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(['notice', 'title', 'heading', 'paragraph', 'cc']),
    text: z.string(),
  });
  return z.object({
    type: z.literal('plan').default('plan'),
    docNumber: quotation(ctx),
    issuer: quotation(ctx),
    date: quotation(ctx).refine((d) => PLAN_DATE.test(d.text), 'date must read like 2023年12月29日'),
    addressees: quotation(ctx),
    publication: quotation(ctx),
    basis: z.array(
      z.object({ title: text, number: text, source: z.string() }).superRefine((b, issue) => {
        const para = ctx.paragraphs.get(b.source) ?? '';
        if (!para.includes(`《${b.title}》（${b.number}）`)) {
          issue.addIssue({ code: 'custom', message: `"《${b.title}》（${b.number}）" does not stand in ${b.source}` });
        }
      }),
    ),
    cc: z.object({ source: z.string(), recipients: z.array(text).min(1) }).superRefine((cc, issue) => {
      const para = ctx.paragraphs.get(cc.source) ?? '';
      cc.recipients.forEach((r, i) => {
        if (!para.includes(r)) issue.addIssue({ code: 'custom', path: ['recipients', i], message: `"${r}" is not in ${cc.source}` });
      });
    }),
    // Filled by the loader from the official text, never by hand.
    tree: z.object({
      notice: z.array(block),
      title: z.array(block),
      preamble: z.array(block),
      sections: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          heading: block,
          paragraphs: z.array(block),
          subsections: z.array(z.object({ id: z.string(), label: z.string(), heading: block, paragraphs: z.array(block) })),
        }),
      ),
      cc: z.array(block),
    }),
    en: ENGLISH.plan,
    // Filled by the loader from content/plan/yuecheng-1616-plan.en.yaml: the unofficial English of each block.
    translation: z.array(planBlockEnglishSchema).default([]),
  });
}
