// Stops the build when a page's English twin is missing. Astro renders the English edition through its i18n
// fallback (astro.config.mjs), which swallows an error thrown while rendering and leaves the page out; the
// middleware logs such an error with its address (src/middleware.ts), and this check makes it fail the build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localizedPath } from '../lib/paths';

/** Pages (as URL paths) whose English twin is missing or empty in `dir`. */
export function missingEnglish(dir: string): string[] {
  const pages = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('en/'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
  return pages.filter((page) => {
    const twin = path.join(dir, localizedPath(page, 'en'), 'index.html');
    return !fs.existsSync(twin) || fs.statSync(twin).size === 0;
  });
}

export function englishEdition(): AstroIntegration {
  return {
    name: 'portal-english-edition',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const missing = missingEnglish(fileURLToPath(dir));
        if (missing.length)
          throw new Error(
            `The English edition is missing ${missing.map((p) => localizedPath(p, 'en')).join(', ')}: rendering failed ` +
              `(the error is logged above as "English page failed"). Every page must render in both languages.`,
          );
      },
    },
  };
}
