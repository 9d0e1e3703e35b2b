// Runs as each page is prerendered: links glossary terms on their first mention in the page body
// (src/lib/glossary-links.ts). Not on the glossary itself, the official text (its words stay exactly the
// plan's, also when copied), search, or embeds.
import { defineMiddleware } from 'astro:middleware';
import { t } from './i18n/zh-CN';
import { linkFirstMentions, type GlossaryTerm } from './lib/glossary-links';
import { paths, UNLINKED_PREFIXES } from './lib/paths';
import { getSite } from './lib/site';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const path = context.url.pathname;
  if (!response.headers.get('content-type')?.startsWith('text/html') || UNLINKED_PREFIXES.some((p) => path.startsWith(p))) return response;
  const site = await getSite();
  const terms: GlossaryTerm[] = site.glossary.map((g) => ({
    id: g.id,
    term: g.data.term,
    aliases: g.data.aliases,
    definition: g.data.definition,
  }));
  const html = linkFirstMentions(await response.text(), terms, {
    href: paths.term,
    note: t('background.label'),
    close: t('glossary.close'),
    more: t('glossary.more'),
    label: t('glossary.label'),
  });
  return new Response(html, { status: response.status, headers: response.headers });
});
