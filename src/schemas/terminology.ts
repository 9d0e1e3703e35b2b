// One entry of the terminology table (content/terminology.yaml): an official name with its one English rendering and
// its pinyin. Not a content collection: src/i18n/english-input.ts and src/lib/terminology.test.ts read it.
// What concerns one entry is checked here; what concerns the whole table, in src/lib/terminology.ts.
import { z } from 'astro/zod';
import { text } from './common';

const HAN = /\p{Script=Han}/u;
/** Vowels with a tone mark, in both cases (a name's first letter is a capital: Értóng). */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ]/u;
/** Words of the pinyin: runs of letters and figures, split at spaces, hyphens, dashes, quotes and brackets. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Letters and figures the name itself writes in Latin script (TOD, 871LOOP): kept as they are. */
const LATIN_AS_WRITTEN = /^[A-Z0-9]+$/;

/** The pinyin's words that carry no tone mark and are not Latin text standing in the name: empty when all is well. */
export function wordsWithoutTone(pinyin: string, zh: string): string[] {
  const words = pinyin.normalize('NFC').match(WORD) ?? [];
  return words.filter((w) => !TONE_MARK.test(w) && !(LATIN_AS_WRITTEN.test(w) && zh.includes(w)));
}

export function terminologySchema() {
  return z
    .object({
      zh: text.describe('名称，与内容中的写法逐字相同'),
      en: text.refine((s) => !HAN.test(s), 'the English rendering must not contain Chinese characters').describe('英文译名'),
      pinyin: text.refine((s) => !HAN.test(s), 'pinyin must not contain Chinese characters').describe('带声调的汉语拼音，按正词法分词'),
      note: text.optional().describe('本站的说明（译法的理由，不在页面上显示）'),
      sameAs: text.optional().describe('有意与之共用同一英文译名的另一条目的名称（zh）'),
    })
    .superRefine((e, issue) => {
      const bare = wordsWithoutTone(e.pinyin, e.zh);
      if (bare.length) {
        issue.addIssue({
          code: 'custom',
          path: ['pinyin'],
          message: `pinyin needs tone marks (ā á ǎ à): ${bare.map((w) => `"${w}"`).join(', ')} has none and is not Latin text of the name`,
        });
      }
      if (e.sameAs === e.zh)
        issue.addIssue({ code: 'custom', path: ['sameAs'], message: 'sameAs names another entry, not the entry itself' });
    });
}

export type TerminologyEntry = z.infer<ReturnType<typeof terminologySchema>>;
