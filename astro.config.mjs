// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { englishEdition } from './src/integrations/english-edition';
import { moduleUrl } from './src/integrations/module-url';
import { precompress } from './src/integrations/precompress';
import { serverHeaders } from './src/integrations/server-headers';
import { siteUrlNotice } from './src/integrations/site-url';
import { CSP_DIRECTIVES } from './src/lib/csp';
import { basePath, outsideSitemap } from './src/lib/paths';

// The public address of the deployed site, for canonical URLs and Open Graph tags; set SITE_URL when deploying.
// Citations never print this placeholder (src/config.ts), and the build says when it is in use (siteUrlNotice).
const site = process.env.SITE_URL ?? 'https://yuecheng-1616.example.org';
// Where under that address the site lives: BASE_PATH=/portal/ builds it for https://example.gov.cn/portal/. Every URL
// the site makes carries it (src/lib/paths.ts reads it back as import.meta.env.BASE_URL); unset, the site is at /.
const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Chinese at /, English under /en/. Every Chinese page is rendered again at its /en/ address (fallback with
  // rewrite): the same page files, with Astro.currentLocale 'en', so no route is written twice.
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    fallback: { en: 'zh-CN' },
    routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
  },
  build: { format: 'directory' },
  // Every page's <meta> Content-Security-Policy: Astro adds script-src and style-src with the hashes of what it
  // bundles and of what components register (Astro.csp); src/lib/csp.ts has the rest and why.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // Content errors must stop the build, not be logged and skipped.
  prerenderConflictBehavior: 'error',
  integrations: [
    mdx(),
    // Embeds are for iframes, the search page has no content of its own: neither belongs in the sitemap.
    sitemap({ filter: (page) => !outsideSitemap(new URL(page).pathname, base) }),
    siteUrlNotice(),
    englishEdition(),
    // After every page is written: the headers for servers come from the pages' own policies.
    serverHeaders(),
    // Last: compresses what every other step has written.
    precompress(),
  ],
  vite: {
    plugins: [tailwindcss(), moduleUrl()],
    build: {
      rolldownOptions: {
        output: {
          // Every MDX module (the explanations, two per entry and language) in one chunk of the build's server code,
          // instead of one chunk each: the pages are the same, and the bundler takes 40 s instead of 68 at
          // 10,000 projects (README, "At 10,000 projects"). That code runs at build time only; browsers never load it.
          codeSplitting: { groups: [{ name: 'explanations', test: /\.mdx/ }] },
        },
        // Astro marks every MDX module "use astro:head-inject" for itself, and the bundler warns about it once per
        // file: twenty lines each, 20,000 warnings at 10,000 projects, nothing to act on. Every other warning stays.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
