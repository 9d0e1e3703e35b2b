// The entity suggestion list for instant search, built with the site (see src/lib/search/suggest-build.ts).
import type { APIRoute } from 'astro';
import { typeLabel } from '../../i18n/search';
import { NAMING, SYNONYMS } from '../../i18n/search-zh-CN';
import { buildSuggestIndex } from '../../lib/search/suggest-build';
import { getSite } from '../../i18n/site';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSuggestIndex(await getSite(), { typeLabel, synonyms: SYNONYMS, naming: NAMING })), {
    headers: { 'Content-Type': 'application/json' },
  });
