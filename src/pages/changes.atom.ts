// /changes.atom: the Atom feed of content changes (see src/lib/changes-feed.ts).
import type { APIRoute } from 'astro';
import { feedWords } from '../components/feed-words';
import { atomFeed } from '../lib/changes-feed';
import { getSite } from '../i18n/site';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  return new Response(atomFeed(site, origin!, feedWords(site.plan.data.docNumber.text)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
