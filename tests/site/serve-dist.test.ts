// scripts/serve-dist.ts, the static server of the browser tests and `npm run bench`: it sends what a host of the built
// site sends (the _headers rules and the build's precompressed files), so Chromium and Lighthouse see the real bytes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve-dist';
import { DIST } from './dist';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist(4380, { dist: DIST });
});
afterAll(() => server?.stop());

/** One raw request: no decompression, so the encoding sent is what the test sees. */
const get = (urlPath: string, encoding?: string) =>
  new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers = encoding ? { 'accept-encoding': encoding } : {};
    http
      .get(`${server.url}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });

test.each([
  ['br, gzip', 'br', '.br'],
  ['gzip, deflate', 'gzip', '.gz'],
  [undefined, undefined, ''],
])('Accept-Encoding %s gets the build’s %s file', async (accept, encoding, suffix) => {
  for (const [urlPath, file] of [
    ['/targets/', 'targets/index.html'],
    ['/data/targets.csv', 'data/targets.csv'],
  ] as const) {
    const reply = await get(urlPath, accept);
    expect(reply.headers['content-encoding'], urlPath).toBe(encoding);
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.body.equals(fs.readFileSync(path.join(DIST, file + suffix))), urlPath).toBe(true);
  }
});

test('the headers of dist/_headers come with every encoding', async () => {
  const [plain, br] = await Promise.all([get('/'), get('/', 'br')]);
  expect(plain.headers['content-security-policy']).toContain("default-src 'self'");
  expect(br.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
  expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
});
