// The repo's nginx block (deploy/nginx/yuecheng-1616.conf) in Debian's nginx on a loopback port, serving the built
// dist/ with the files the build wrote for it: headers, encodings, caching and the 404 pages on a sample of pages.
// scripts/ensure-nginx.sh installs nginx and its brotli_static module (npm run test:site).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPolicies } from '../../src/integrations/server-headers';
import { CACHE_CONTROL, headerPolicies, SECURITY_HEADERS } from '../../src/lib/server-headers';
import { DIST } from './dist';
import { startNginx, type Nginx } from './nginx';

const BLOCK = 'deploy/nginx/yuecheng-1616.conf';
const policies = headerPolicies(builtPolicies(DIST));
let nginx: Nginx;
const get = (urlPath: string, encoding?: string) => nginx.get(urlPath, encoding);

beforeAll(async () => {
  // The block as an operator deploys it: its PATHs pointed at dist/, its port at a free one.
  nginx = await startNginx({
    probe: '/',
    server: (port) => {
      const block = fs
        .readFileSync(BLOCK, 'utf8')
        .replaceAll('/srv/yuecheng-1616/dist', DIST)
        .replace('listen 80;', `listen 127.0.0.1:${port};`);
      expect(block, 'the block names the deployed dist/ in its two PATHs').toContain(`include ${DIST}/_nginx-headers.conf;`);
      return block;
    },
  });
});

afterAll(() => nginx?.stop());

const file = (rel: string) => fs.readFileSync(path.join(DIST, rel));
const astroAsset = (fs.readdirSync(path.join(DIST, '_astro')) as string[]).find((f) => f.endsWith('.css'))!;

const SAMPLE = [
  ['/', 'index.html', 'page'],
  ['/en/', 'en/index.html', 'page'],
  ['/plan/', 'plan/index.html', 'page'],
  ['/en/projects/sams-club/', 'en/projects/sams-club/index.html', 'page'],
  ['/search/', 'search/index.html', 'search'],
  ['/en/search/', 'en/search/index.html', 'search'],
  ['/embed/accountability/', 'embed/accountability/index.html', 'embed'],
] as const;

describe.each(SAMPLE)('%s', (url, rel, kind) => {
  test('is sent as the build wrote it, precompressed when the reader takes Brotli or gzip', async () => {
    const br = await get(url, 'br, gzip');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(file(`${rel}.br`))).toBe(true);
    const gz = await get(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(file(`${rel}.gz`))).toBe(true);
    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file(rel))).toBe(true);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test(`carries the security headers, the ${kind} policy and a short cache time`, async () => {
    const { headers } = await get(url, 'br');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-security-policy']).toBe(policies[kind]);
    expect(headers['cache-control']).toBe(CACHE_CONTROL.other);
  });
});

test("Pagefind's worker gets the search pages' policy: it compiles the WebAssembly", async () => {
  const worker = await get('/pagefind/pagefind-worker.js');
  expect(worker.status).toBe(200);
  expect(worker.headers['content-security-policy']).toBe(policies.search);
});

test('the policies: Pagefind may compile WebAssembly only on search pages, only embeds may be framed elsewhere', () => {
  expect(policies.search).toContain("'wasm-unsafe-eval'");
  expect(policies.page).not.toContain("'wasm-unsafe-eval'");
  expect(policies.embed).not.toContain("'wasm-unsafe-eval'");
  expect(policies.page).toContain("frame-ancestors 'none'");
  expect(policies.search).toContain("frame-ancestors 'none'");
  expect(policies.embed).toContain('frame-ancestors *');
  for (const policy of Object.values(policies)) {
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  }
});

test("Astro's hashed files are cached for a year, the rest for minutes", async () => {
  const asset = await get(`/_astro/${astroAsset}`, 'br');
  expect(asset.status).toBe(200);
  expect(asset.headers['cache-control']).toBe(CACHE_CONTROL.hashed);
  expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
  expect(asset.headers['x-content-type-options']).toBe('nosniff');
  for (const other of ['/data/targets.csv', '/changes.atom', '/search/suggest/index.json', '/pagefind/pagefind.js']) {
    const reply = await get(other, 'gzip');
    expect(reply.status, other).toBe(200);
    expect(reply.headers['cache-control'], other).toBe(CACHE_CONTROL.other);
  }
  expect((await get('/data/targets.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
  expect((await get('/changes.atom')).headers['content-type']).toBe('application/atom+xml; charset=utf-8');
});

test('an address that does not exist gets the 404 page of its language, with the headers', async () => {
  const zh = await get('/no-such-page/');
  expect(zh.status).toBe(404);
  expect(zh.body.equals(file('404.html'))).toBe(true);
  expect(zh.headers['content-security-policy']).toBe(policies.page);
  expect(zh.headers['strict-transport-security']).toBe(SECURITY_HEADERS['Strict-Transport-Security']);
  const en = await get('/en/no-such-page/');
  expect(en.status).toBe(404);
  expect(en.body.equals(file('en/404/index.html'))).toBe(true);
  expect(en.headers['content-security-policy']).toBe(policies.page);
});

test('a folder without its slash is redirected to it, on the same host; the build files for servers are not served', async () => {
  const redirect = await get('/plan');
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe('/plan/');
  for (const server of ['/_headers', '/_nginx-maps.conf', '/_nginx-headers.conf']) expect((await get(server)).status, server).toBe(404);
});
