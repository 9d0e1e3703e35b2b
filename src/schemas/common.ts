// Building blocks shared by every content schema. Messages are written for the person editing content/:
// they say what is wrong and how to fix it, and Astro prefixes them with the file, entry and field.
import { z } from 'astro/zod';

/** What the schemas need to know about the world: the plan's paragraphs and how to reference another collection. */
export interface SchemaContext {
  /** Paragraph id → text, from the official plan text. */
  paragraphs: ReadonlyMap<string, string>;
  /** Astro's `reference()` in the build; a plain stand-in in unit tests. */
  ref: (collection: CollectionName) => z.ZodType<{ collection: string; id: string }>;
}

/** Every content collection, in the order the site lists them: the one list the rest is typed against. */
export const COLLECTIONS = [
  'plan',
  'industries',
  'programmes',
  'platforms',
  'projects',
  'projectCategories',
  'targets',
  'units',
  'measures',
  'glossary',
  'questions',
  'changes',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The collections kept as MDX folders (one file per entry), whose entries may have an English file beside them. */
export const MDX_COLLECTIONS = ['industries', 'programmes', 'platforms', 'projects'] as const satisfies readonly CollectionName[];

/** The data dictionary's description of every entry's `id`, which the file name or YAML key gives, not a schema field. */
export const ID_DESCRIPTION = '稳定编号（小写英文和连字符），也是页面网址的一部分';

export const text = z.string().trim().min(1, 'must not be empty');

export function paragraphId(ctx: SchemaContext) {
  return z.string().refine((id) => ctx.paragraphs.has(id), {
    error: (issue) => `"${String(issue.input)}" is not a paragraph id of the plan; ids look like "s2-1-p1" (see /plan/ for every id)`,
  });
}

export function sources(ctx: SchemaContext) {
  return z
    .array(paragraphId(ctx))
    .min(1, 'needs at least one source paragraph id, e.g. [s2-1-p1]')
    .describe('出处：方案原文段落编号（如 s2-1-p1 即“二（一）¶1”），第一个为主要出处');
}

/** True when `phrase` stands verbatim in at least one of the given paragraphs. */
export function standsIn(ctx: SchemaContext, phrase: string, ids: readonly string[]): boolean {
  return ids.some((id) => ctx.paragraphs.get(id)?.includes(phrase));
}

export function notVerbatim(phrase: string, ids: readonly string[]): string {
  return `"${phrase}" does not stand verbatim in ${ids.join(', ')}: copy the plan's own words`;
}

/** A phrase of the plan with the paragraph it comes from, checked verbatim. */
export function quotation(ctx: SchemaContext) {
  return z
    .object({ text: text.describe('方案原文中的原话，逐字照录'), source: paragraphId(ctx).describe('原话所在段落的编号') })
    .superRefine((q, issue) => {
      if (ctx.paragraphs.has(q.source) && !standsIn(ctx, q.text, [q.source])) {
        issue.addIssue({ code: 'custom', path: ['text'], message: notVerbatim(q.text, [q.source]) });
      }
    });
}

/** A clause's list of responsible units (责任单位). Whether each unit is named there is checked across collections. */
export function responsibility(ctx: SchemaContext) {
  return z.object({
    source: paragraphId(ctx).describe('写明责任单位的段落编号'),
    /** Which part of the entity the clause covers, where the entity has several. */
    scope: text.optional().describe('该条款只涉及的部分（如“龙头领军企业”）；空表示整个条目'),
    units: z.array(ctx.ref('units')).min(1, 'name at least one unit id from content/units.yaml').describe('责任单位编号，按方案列出的顺序'),
  });
}
