// The English suggestion list. Astro's i18n fallback renders pages, not endpoints, in the other language; this is
// the one route the English edition needs of its own. Same code, English names.
import type { GetStaticPaths } from 'astro';
import { suggestionFiles } from '../../../search/suggest/_files';

export const getStaticPaths = (() => suggestionFiles('en')) satisfies GetStaticPaths;
export { GET } from '../../../search/suggest/[file].json';
