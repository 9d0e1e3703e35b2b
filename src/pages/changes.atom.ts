// /changes.atom: the Atom feed of content changes (see src/lib/changes-feed.ts).
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes-feed';
import { getSite } from '../lib/site';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getSite(), site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
