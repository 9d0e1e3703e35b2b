// The Site (src/lib/relations.ts) in the language of the page being rendered: the Chinese content as checked, or
// its English twin (src/lib/localize.ts), built once per build. Pages and components read the content through here.
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir, readEntries, readPlanTranslation } from '../lib/content-files';
import { localizeSite, type EnglishInput } from '../lib/localize';
import type { Site } from '../lib/relations';
import { getSite as getChineseSite } from '../lib/site';
import { TERMINOLOGY_FILE } from '../lib/terminology';
import type { MdxEnglish } from '../schemas/english';
import { terminologySchema } from '../schemas/terminology';
import { renderLocale } from './locale';

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

let english: Promise<Site> | undefined;

async function loadEnglish(): Promise<Site> {
  const translations = await getCollection('translations');
  return localizeSite(await getChineseSite(), {
    names: englishNames(),
    mdx: new Map(translations.map((t) => [t.id, t.data as MdxEnglish])),
    blocks: new Map(readPlanTranslation().map((b) => [String(b['id']), String(b['en'])])),
    words: WORDS,
  });
}

/** The content in the language of the current render (src/i18n/locale.ts). */
export function getSite(): Promise<Site> {
  if (renderLocale() === 'en') return (english ??= loadEnglish());
  return getChineseSite();
}
