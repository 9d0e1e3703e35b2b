// robots.txt naming the sitemap at the site's own address (SITE_URL at deploy time).
import type { APIRoute } from 'astro';
import { paths } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${paths.home()}\nDisallow: ${paths.embeds()}\n\nSitemap: ${new URL(paths.sitemap(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
