// Says once per build when the portal's public address (SITE_URL) is not set: citations and credits then leave the
// address out (src/config.ts), and canonical tags, the sitemap and robots.txt carry astro.config.mjs's placeholder host.
import type { AstroIntegration } from 'astro';

export const SITE_URL_NOTICE =
  'SITE_URL is not set: citations name the document and its clauses without the portal address, and canonical tags, ' +
  'the sitemap and robots.txt use a placeholder host. Set SITE_URL to the public address when deploying.';

export function siteUrlNotice(siteUrl: string | undefined = process.env['SITE_URL']?.trim()): AstroIntegration {
  return {
    name: 'portal-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrl) logger.warn(SITE_URL_NOTICE);
      },
    },
  };
}
