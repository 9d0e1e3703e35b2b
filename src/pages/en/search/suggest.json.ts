// The English suggestion list at /en/search/suggest.json. Astro's i18n fallback renders pages, not endpoints, in
// the other language; this is the one route the English edition needs of its own. Same code, English render.
export { GET } from '../../search/suggest.json';
