// The Site (src/lib/relations.ts) in the language of the page being rendered: the Chinese content as checked, or
// its English twin (src/lib/localize.ts), built once per build. Pages and components read the content through here.
import { localizeSite } from '../lib/localize';
import type { Site } from '../lib/relations';
import { getSite as getChineseSite } from '../lib/site';
import { englishInput } from './english-input';
import { renderLocale } from './locale';

let english: Promise<Site> | undefined;

async function loadEnglish(): Promise<Site> {
  return localizeSite(await getChineseSite(), englishInput());
}

/** The content in the language of the current render (src/i18n/locale.ts). */
export function getSite(): Promise<Site> {
  if (renderLocale() === 'en') return (english ??= loadEnglish());
  return getChineseSite();
}
