// The suggestion list's files in one language (src/lib/search/suggest-shards.ts), for the two routes of
// src/pages/search/suggest/[file].json.ts (Chinese) and src/pages/en/search/suggest/[file].json.ts (English).
// getStaticPaths runs outside a page's render, so the language is set here rather than read from the render.
import { inLocale, type Locale } from '../../../i18n';
import { typeLabel } from '../../../i18n/search';
import { NAMING_EN, SYNONYMS_EN } from '../../../i18n/search-en';
import { NAMING, SYNONYMS } from '../../../i18n/search-zh-CN';
import { getSite } from '../../../i18n/site';
import { localizedPath } from '../../../lib/paths';
import { buildSuggestIndex } from '../../../lib/search/suggest-build';
import { buildShards } from '../../../lib/search/suggest-shards';

export function suggestionFiles(locale: Locale) {
  return inLocale(locale, async () => {
    const language =
      locale === 'en'
        ? { typeLabel, synonyms: SYNONYMS_EN, naming: NAMING_EN, readings: false }
        : { typeLabel, synonyms: SYNONYMS, naming: NAMING };
    const index = buildSuggestIndex(await getSite(), language);
    const entries = index.entries.map((e) => ({ ...e, u: localizedPath(e.u, locale) }));
    return [...buildShards({ ...index, entries })].map(([file, value]) => ({ params: { file }, props: { body: JSON.stringify(value) } }));
  });
}
