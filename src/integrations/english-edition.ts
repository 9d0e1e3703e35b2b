// After the build: stops it when a page's English twin is missing, and completes the sitemap with the English pages
// of dynamic routes. Astro renders the English edition through its i18n fallback (astro.config.mjs), which swallows
// an error thrown while rendering and leaves the page out (the middleware logs the error with its address,
// src/middleware.ts), and which @astrojs/sitemap does not see for dynamic routes (/en/units/<id>/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localizedPath, outsideSitemap, withBase, withoutBase } from '../lib/paths';

// Both steps read dist/, whose files lie at site paths (/units/), whatever the base path: they localize with base /.

/** Pages (as site paths) whose English twin is missing or empty in `dir`. */
export function missingEnglish(dir: string): string[] {
  const pages = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('en/'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
  return pages.filter((page) => {
    const twin = path.join(dir, localizedPath(page, 'en', '/'), 'index.html');
    return !fs.existsSync(twin) || fs.statSync(twin).size === 0;
  });
}

/**
 * Adds to the sitemap every English page it lacks (sitemap-0.xml, written by @astrojs/sitemap just before), at the
 * site's base path.
 */
export function completeSitemap(dir: string, site: URL, base = '/'): number {
  const file = path.join(dir, 'sitemap-0.xml');
  const xml = fs.readFileSync(file, 'utf8');
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => withoutBase(new URL(m[1]!).pathname, base)));
  const english = (fs.readdirSync(path.join(dir, 'en'), { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/en/${f.replace(/index\.html$/, '')}`)
    .filter((p) => !outsideSitemap(p, '/') && !listed.has(p))
    .sort();
  const urls = english.map((p) => `<url><loc>${new URL(withBase(p, base), site).href}</loc></url>`).join('');
  fs.writeFileSync(file, xml.replace('</urlset>', `${urls}</urlset>`));
  return english.length;
}

export function englishEdition(): AstroIntegration {
  let site: URL;
  let base: string;
  return {
    name: 'portal-english-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        completeSitemap(fileURLToPath(dir), site, base);
        const missing = missingEnglish(fileURLToPath(dir));
        if (missing.length)
          throw new Error(
            `The English edition is missing ${missing.map((p) => localizedPath(p, 'en', '/')).join(', ')}: rendering failed ` +
              `(the error is logged above as "English page failed"). Every page must render in both languages.`,
          );
      },
    },
  };
}
