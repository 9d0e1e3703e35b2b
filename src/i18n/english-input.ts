// What the English Site (src/lib/localize.ts) is made from, read from content/: the terminology table, the English
// of the MDX entries and of the plan's blocks, and the few words the Site builds text from. Read from the files (the
// build has checked them: the `translations` collection, the schemas), so the search index, which runs after Astro,
// builds the same English as the pages.
import path from 'node:path';
import { CONTENT_FILES, contentDir, readEntries, readMdxTranslations, readPlanTranslation } from '../lib/content-files';
import type { EnglishInput } from '../lib/localize';
import { TERMINOLOGY_FILE } from '../lib/terminology';
import { MDX_COLLECTIONS } from '../schemas/common';
import { mdxEnglishSchema, type MdxEnglish } from '../schemas/english';
import { terminologySchema } from '../schemas/terminology';

/** The words the English Site builds clause labels and printed lists from. */
const WORDS: EnglishInput['words'] = {
  sections: ['I', 'II', 'III', 'IV', 'V', 'VI'],
  notice: 'Notice',
  title: 'Title',
  preamble: 'Preamble',
  cc: 'Copied to',
  byDuty: 'each according to its duties',
  separator: ', ',
};

/** Official name → English, from content/terminology.yaml (checked against the content by terminology.test.ts). */
export function englishNames(dir = contentDir()): Map<string, string> {
  const schema = terminologySchema();
  return new Map(
    readEntries(path.join(dir, TERMINOLOGY_FILE)).map(({ id, data }) => {
      const e = schema.parse(data, { error: () => `content/${TERMINOLOGY_FILE} → ${id}: invalid entry` });
      return [e.zh, e.en];
    }),
  );
}

/** Everything localizeSite needs for the English edition. */
export function englishInput(dir = contentDir()): EnglishInput {
  const mdx = new Map<string, MdxEnglish>();
  for (const collection of MDX_COLLECTIONS)
    for (const e of readMdxTranslations(path.join(dir, CONTENT_FILES[collection])))
      mdx.set(`${collection}/${e.id}`, mdxEnglishSchema.parse(e.data));
  return {
    names: englishNames(dir),
    mdx,
    blocks: new Map(readPlanTranslation(dir).map((b) => [String(b['id']), String(b['en'])])),
    words: WORDS,
  };
}
