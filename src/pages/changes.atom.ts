// /changes.atom: the Atom feed of content changes (see src/lib/changes-feed.ts); /en/changes.atom renders it in English.
import type { APIRoute } from 'astro';
import { feedWords } from '../components/feed-words';
import { atomFeed } from '../lib/changes-feed';
import { getSite } from '../i18n/site';
import { renderLocale } from '../i18n';
import { localizedPath } from '../lib/paths';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const page = (path: string) => localizedPath(path, renderLocale());
  return new Response(atomFeed(site, origin!, feedWords(site.plan.data.docNumber.text), page), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
