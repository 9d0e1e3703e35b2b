// The English of each entry (the /en/ edition): the portal's unofficial rendering of the entry's Chinese text, held
// in the entry itself (`en:` in YAML; `<id>.en.mdx` beside an MDX entry), so the two cannot drift apart unseen:
// `hash` records the Chinese it was made from (src/lib/translation.ts), and a test lists every entry whose Chinese
// changed since. Official names are not here: content/terminology.yaml renders each one once.
import { z } from 'astro/zod';
import { text } from './common';

const HAN = /\p{Script=Han}/u;
/** A Chinese document number (文号), which English citations give as it is: 越政发〔2023〕14号. */
const DOC_NUMBER = /\p{Script=Han}+〔\d{4}〕\d+号/gu;

/**
 * English text: Chinese characters only inside “quotation marks”, where the English names a Chinese word it explains
 * (“规上”); anything else in Chinese is a sentence left untranslated. Names stay in pinyin (terminology table).
 */
export const englishText = text.refine(
  (s) => !HAN.test(s.replace(/“[^”]*”/g, '').replace(DOC_NUMBER, '')),
  'English text must not contain Chinese characters outside “quotation marks” (a document number, 越政发〔2023〕14号, may stand)',
);
const list = z.array(englishText);

/** The hash of the Chinese the English renders (src/lib/translation.ts; `npm run translations:stamp` writes it). */
export const translationHash = z
  .string()
  .regex(/^[a-p]{8}$/, 'hash is eight letters a–p: run `npm run translations:stamp` after translating')
  .describe('译文所依据的中文内容的散列值（前 8 位十六进制）');

function english<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ hash: translationHash.optional(), ...shape })
    .optional()
    .describe('英文译文（本站翻译，非官方；以中文为准）');
}

/** Per collection: the English of each Chinese text field, under the same name; lists keep their length and order. */
export const ENGLISH = {
  targets: english({ label: englishText, quote: englishText, note: englishText.optional() }),
  units: english({ note: englishText.optional() }),
  measures: english({ name: englishText, summary: englishText, items: list, roles: list.default([]) }),
  projectCategories: english({ summary: englishText }),
  changes: english({ title: englishText, summary: englishText }),
  questions: english({ question: englishText, answer: englishText, quotes: list.default([]), notStated: englishText.optional() }),
  glossary: english({ term: englishText, definition: englishText, aliases: list.default([]) }),
  plan: english({
    issuer: englishText,
    addressees: englishText,
    publication: englishText,
    date: englishText,
    basis: list,
    titleGloss: englishText,
  }),
} as const;

/** The frontmatter of `<id>.en.mdx`: the English of the entry's Chinese text fields (names come from terminology). */
export const mdxEnglishSchema = z.object({
  hash: translationHash.optional(),
  summary: englishText.optional(),
  role: englishText.optional(),
  note: englishText.optional(),
  kind: englishText.optional(),
  action: englishText.optional(),
  background: englishText.optional(),
  commitments: list.optional(),
  /** The English of each `responsibilities[].scope`, in order, for the entries that have one. */
  scopes: list.optional(),
});
export type MdxEnglish = z.output<typeof mdxEnglishSchema>;

/** One block of the plan in English (content/plan/yuecheng-1616-plan.en.yaml), at the block's id. */
export const planBlockEnglishSchema = z.object({ id: z.string(), hash: translationHash.optional(), en: englishText });
