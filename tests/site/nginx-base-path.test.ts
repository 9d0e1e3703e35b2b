// The /portal/ build (BASE_PATH=/portal/, shared with base-path.test.ts) served by the repo's locations for a path of
// an existing site (deploy/nginx/yuecheng-1616-under-path.conf), inside a server block of that site's own: the
// portal's files, headers, 404 pages and redirects under /portal/, and the site's own pages left as they were.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPolicies } from '../../src/integrations/server-headers';
import { CACHE_CONTROL, headerPolicies, SECURITY_HEADERS } from '../../src/lib/server-headers';
import { PORTAL, portalVariant } from './build-copy';
import { startNginx, type Nginx } from './nginx';

const SNIPPET = 'deploy/nginx/yuecheng-1616-under-path.conf';
const { base } = PORTAL;
let dist = '';
let policies: ReturnType<typeof headerPolicies>;
let nginx: Nginx;
const get = (urlPath: string, encoding?: string) => nginx.get(urlPath, encoding);
const file = (rel: string) => fs.readFileSync(path.join(dist, rel));

beforeAll(async () => {
  dist = portalVariant().dist;
  policies = headerPolicies(builtPolicies(dist));
  // The snippet as an operator deploys it: its PATHs pointed at the variant's dist/ (BASE is already /portal/).
  const snippet = fs.readFileSync(SNIPPET, 'utf8').replaceAll('/srv/yuecheng-1616/dist', dist);
  expect(snippet, 'the snippet serves the folder the build was made for').toContain(`location ${base} {`);
  nginx = await startNginx({
    probe: base,
    http: [`include ${dist}/_nginx-maps.conf;`],
    // The existing site: its own page at / and a header of its own, which the portal's locations must not inherit.
    server: (port) =>
      [
        'server {',
        `  listen 127.0.0.1:${port};`,
        '  add_header X-Site-Own "yes" always;',
        '  location = / { return 200 "the site\'s own home"; }',
        ...snippet.split('\n').map((line) => `  ${line}`),
        '}',
      ].join('\n'),
  });
}, 600_000);

afterAll(() => nginx?.stop());

const SAMPLE = [
  ['', 'index.html', 'page'],
  ['en/', 'en/index.html', 'page'],
  ['plan/', 'plan/index.html', 'page'],
  ['search/', 'search/index.html', 'search'],
  ['en/search/', 'en/search/index.html', 'search'],
  ['embed/accountability/', 'embed/accountability/index.html', 'embed'],
] as const;

describe.each(SAMPLE)(`${base}%s`, (rest, rel, kind) => {
  test('is sent as the build wrote it, precompressed, with the security headers and its policy', async () => {
    const br = await get(`${base}${rest}`, 'br, gzip');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(file(`${rel}.br`))).toBe(true);
    const plain = await get(`${base}${rest}`);
    expect(plain.body.equals(file(rel))).toBe(true);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(br.headers[name.toLowerCase()], name).toBe(value);
    expect(br.headers['content-security-policy']).toBe(policies[kind]);
    expect(br.headers['cache-control']).toBe(CACHE_CONTROL.other);
    expect(br.headers['x-site-own'], "the site's own header is not mixed in").toBeUndefined();
  });
});

test("hashed files are cached for a year, Pagefind's worker gets the search policy", async () => {
  const css = fs.readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
  const asset = await get(`${base}_astro/${css}`, 'gzip');
  expect(asset.status).toBe(200);
  expect(asset.headers['content-encoding']).toBe('gzip');
  expect(asset.headers['cache-control']).toBe(CACHE_CONTROL.hashed);
  expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
  const worker = await get(`${base}pagefind/pagefind-worker.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers['content-security-policy']).toBe(policies.search);
  expect((await get(`${base}data/targets.csv`)).headers['content-type']).toBe('text/csv; charset=utf-8');
});

test('an unknown address under the base gets the 404 page of its language, with the headers', async () => {
  const zh = await get(`${base}no-such-page/`);
  expect(zh.status).toBe(404);
  expect(zh.body.equals(file('404.html'))).toBe(true);
  expect(zh.headers['content-security-policy']).toBe(policies.page);
  const en = await get(`${base}en/no-such-page/`);
  expect(en.status).toBe(404);
  expect(en.body.equals(file('en/404/index.html'))).toBe(true);
  expect(en.headers['strict-transport-security']).toBe(SECURITY_HEADERS['Strict-Transport-Security']);
});

test('folders without their slash are redirected on the same host; server files are not served; the site keeps its own', async () => {
  for (const [from, to] of [
    [base.slice(0, -1), base],
    [`${base}plan`, `${base}plan/`],
    [`${base}en/units`, `${base}en/units/`],
  ]) {
    const reply = await get(from!);
    expect(reply.status, from).toBe(301);
    expect(reply.headers.location, from).toBe(to);
  }
  for (const server of ['_headers', '_nginx-maps.conf', '_nginx-headers.conf'])
    expect((await get(`${base}${server}`)).status, server).toBe(404);
  const home = await get('/');
  expect(home.body.toString()).toBe("the site's own home");
  expect(home.headers['content-security-policy']).toBeUndefined();
  expect(home.headers['x-site-own']).toBe('yes');
});
