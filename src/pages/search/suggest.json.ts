// The entity suggestion list for instant search, built with the site (see src/lib/search/suggest-build.ts), in
// the language of the render: /search/suggest.json and, through src/pages/en/search/suggest.json.ts, the English one.
import type { APIRoute } from 'astro';
import { renderLocale } from '../../i18n';
import { typeLabel } from '../../i18n/search';
import { NAMING_EN, SYNONYMS_EN } from '../../i18n/search-en';
import { NAMING, SYNONYMS } from '../../i18n/search-zh-CN';
import { localizedPath } from '../../lib/paths';
import { buildSuggestIndex } from '../../lib/search/suggest-build';
import { getSite } from '../../i18n/site';

export const GET: APIRoute = async () => {
  const language =
    renderLocale() === 'en'
      ? { typeLabel, synonyms: SYNONYMS_EN, naming: NAMING_EN, readings: false }
      : { typeLabel, synonyms: SYNONYMS, naming: NAMING };
  const index = buildSuggestIndex(await getSite(), language);
  const locale = renderLocale();
  const entries = index.entries.map((e) => ({ ...e, u: localizedPath(e.u, locale) }));
  return new Response(JSON.stringify({ ...index, entries }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
