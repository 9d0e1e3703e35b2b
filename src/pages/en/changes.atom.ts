// The English Atom feed at /en/changes.atom: Astro's i18n fallback renders pages, not endpoints, in English; this
// route renders the same feed code in English (src/pages/changes.atom.ts).
export { GET } from '../changes.atom';
