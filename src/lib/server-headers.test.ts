import { expect, test } from 'vitest';
import { headerPolicies, headerRules, headersFile, nginxHeaders, nginxMaps, policyKind } from './server-headers';

const meta = (extra = '') => `default-src 'self'; script-src 'self'${extra} 'sha256-a'; style-src 'self' 'sha256-s';`;

test('policyKind: search and embed pages in both languages, everything else a page', () => {
  expect(
    [
      '/',
      '/plan/',
      '/en/units/x/',
      '/search/',
      '/en/search/',
      '/embed/a/',
      '/en/embed/a/',
      '/404.html',
      '/pagefind/pagefind-worker.js',
    ].map((p) => policyKind(p)),
  ).toEqual([
    'page',
    'page',
    'page',
    'search',
    'search',
    'embed',
    'embed',
    'page',
    // Pagefind's worker compiles its WebAssembly under the policy sent with the worker's file.
    'search',
  ]);
});

test("headerPolicies: every page's sources, frame-ancestors by kind, WebAssembly only for search", () => {
  const policies = headerPolicies([
    { path: '/', policy: meta() },
    { path: '/plan/', policy: meta().replace("'sha256-a'", "'sha256-b'") },
    { path: '/search/', policy: meta(" 'wasm-unsafe-eval'") },
    { path: '/embed/x/', policy: meta() },
  ]);
  expect(policies).toEqual({
    page: "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    search: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    embed: "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; frame-ancestors *",
  });
  expect(() =>
    headerPolicies([
      { path: '/', policy: meta(" 'wasm-unsafe-eval'") },
      { path: '/search/', policy: meta() },
      { path: '/embed/x/', policy: meta() },
    ]),
  ).toThrow(/only the search pages may/);
});

test('headerRules: one rule per entry at the top of each language, none overlapping', () => {
  const rules = headerRules([
    '/index.html',
    '/404.html',
    '/plan/index.html',
    '/units/a/index.html',
    '/changes.atom',
    '/_astro/x.css',
    '/en/index.html',
    '/en/plan/index.html',
    '/en/changes.atom',
  ]);
  expect(rules).toEqual(['/', '/404.html', '/_astro/*', '/changes.atom', '/en/', '/en/changes.atom', '/en/plan/*', '/plan/*', '/units/*']);
});

test('headersFile: security headers for all, cache and policy per rule, so no two rules set the same header', () => {
  const file = headersFile({ page: 'P', search: 'S', embed: 'E' }, ['/', '/_astro/*', '/changes.atom', '/en/search/*', '/embed/*']);
  expect(file).toContain('/*\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n');
  expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(file).toContain('/\n  Cache-Control: public, max-age=300\n  Content-Security-Policy: P\n');
  expect(file).toContain('/en/search/*\n  Cache-Control: public, max-age=300\n  Content-Security-Policy: S\n');
  expect(file).toContain('/embed/*\n  Cache-Control: public, max-age=300\n  Content-Security-Policy: E\n');
  // Not a page: no policy.
  expect(file).toContain('/changes.atom\n  Cache-Control: public, max-age=300\n\n');
});

test('the nginx files: maps by path, and headers sent always', () => {
  const maps = nginxMaps({ page: 'P', search: 'S', embed: 'E' });
  expect(maps).toContain('map $uri $portal_csp {\n  default "P";\n  ~^(/en)?/search/ "S";\n  ~^/pagefind/ "S";\n  ~^(/en)?/embed/ "E";\n}');
  expect(nginxMaps({ page: 'P', search: 'S', embed: 'E' }, '/portal/')).toContain('~^/portal(/en)?/search/ "S";');
  expect(maps).toContain('~^/_astro/ "public, max-age=31536000, immutable";');
  expect(nginxHeaders()).toContain('add_header Content-Security-Policy "$portal_csp" always;');
  expect(nginxHeaders()).toContain('add_header X-Content-Type-Options "nosniff" always;');
});
