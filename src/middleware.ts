// Runs as each page is prerendered. It sets the rendering language from the page's address (src/i18n/locale.ts),
// points an English page's links at English pages (localizeLinks, src/lib/paths.ts), and links glossary terms on their first mention in the page body (src/lib/glossary-links.ts). Not on the
// glossary itself, the official text (its words stay exactly the plan's, also when copied), search, or embeds.
import { defineMiddleware } from 'astro:middleware';
import { inLocale, isLocale, t, DEFAULT_LOCALE } from './i18n';
import { linkFirstMentions, type GlossaryTerm } from './lib/glossary-links';
import { localizeLinks, paths, unlocalizedPath, UNLINKED_PREFIXES } from './lib/paths';
import { getSite } from './i18n/site';
import { collectingPolicySources } from './components/inline-policy';
import { addToPagePolicy } from './lib/csp';

export const onRequest = defineMiddleware((context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  // The body is read inside the locale's context: Astro renders the page while it is read.
  return inLocale(locale, () =>
    collectingPolicySources(async (sources) => {
      let response: Response;
      try {
        response = await next();
      } catch (error) {
        // Astro's i18n fallback swallows this for English pages; say it here (src/integrations/english-edition.ts).
        if (locale !== DEFAULT_LOCALE) console.error(`English page failed: ${context.url.pathname}`, error);
        throw error;
      }
      const path = context.url.pathname;
      // Anything else (endpoints, which render inside next(), and Astro's own i18n fallback responses) passes as it is.
      if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
      // What components wrote inline is allowed by the page's policy once the whole page has rendered. `astro dev`
      // writes no policy (Astro's `security.csp` is for builds), so there is nothing to add to there.
      const text = await response.text();
      const page = import.meta.env.DEV ? text : addToPagePolicy(text, sources);
      if (UNLINKED_PREFIXES.some((p) => unlocalizedPath(path).startsWith(p)))
        return new Response(localizeLinks(page, locale), { status: response.status, headers: response.headers });
      const site = await getSite();
      const terms: GlossaryTerm[] = site.glossary.map((g) => ({
        id: g.id,
        term: g.data.term,
        aliases: g.data.aliases,
        definition: g.data.definition,
      }));
      const html = linkFirstMentions(page, terms, {
        href: paths.term,
        note: t('background.label'),
        close: t('glossary.close'),
        more: t('glossary.more'),
        label: t('glossary.label'),
      });
      return new Response(localizeLinks(html, locale), { status: response.status, headers: response.headers });
    }),
  );
});
