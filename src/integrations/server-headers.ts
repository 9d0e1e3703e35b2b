// After the build: the headers servers send with the site (src/lib/server-headers.ts), written where they read
// them. dist/_headers serves static hosts; dist/_nginx-maps.conf and dist/_nginx-headers.conf are what the nginx block includes
// (deploy/nginx/yuecheng-1616.conf). The policies come from the pages' own <meta> policies, so they allow exactly
// what the pages carry.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicy } from '../lib/csp';
import { headerPolicies, headerRules, headersFile, nginxHeaders, nginxMaps } from '../lib/server-headers';

/** The files the build writes, relative to dist/. */
export const HEADER_FILES = { static: '_headers', nginxMaps: '_nginx-maps.conf', nginxHeaders: '_nginx-headers.conf' } as const;

/** Every built page as its path (/plan/, /404.html) with the HTML's <meta> policy. */
export function builtPolicies(dir: string): { path: string; policy: string }[] {
  // A match is a slice of the page's text and keeps the whole page in memory (all 600 MB of HTML at 10,000
  // projects, #15), so each distinct policy is kept once, as a copy of its own.
  const distinct = new Map<string, string>();
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => {
      const found = pagePolicy(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (found === undefined) throw new Error(`dist/${f} has no Content-Security-Policy <meta>`);
      let policy = distinct.get(found);
      if (policy === undefined) {
        policy = Buffer.from(found).toString();
        distinct.set(policy, policy);
      }
      return { path: `/${f}`.replace(/(^|\/)index\.html$/, '/'), policy };
    });
}

export function serverHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal-server-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPolicies(root);
        const policies = headerPolicies(pages);
        const files = (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => `/${f.split(path.sep).join('/')}`);
        const rules = headerRules(files.filter((f) => fs.statSync(path.join(root, f)).isFile()));
        fs.writeFileSync(path.join(root, HEADER_FILES.static), headersFile(policies, rules, base));
        fs.writeFileSync(path.join(root, HEADER_FILES.nginxMaps), nginxMaps(policies, base));
        fs.writeFileSync(path.join(root, HEADER_FILES.nginxHeaders), nginxHeaders());
        logger.info(
          `wrote ${Object.values(HEADER_FILES).join(', ')} (${rules.length} rules); the page policy is ${policies.page.length} characters`,
        );
      },
    },
  };
}
