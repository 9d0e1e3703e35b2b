// The build writes a .gz and a .br beside every text file (src/integrations/precompress.ts), for servers that send
// precompressed files (nginx gzip_static / brotli_static). Each must be its file, byte for byte, once decompressed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from 'vitest';
import { compressibleFiles, COMPRESSIBLE } from '../../src/integrations/precompress';
import { DIST } from './dist';

const files = compressibleFiles(DIST);

test('every text file has both, in both languages, and nothing else is compressed', () => {
  expect(files.length).toBeGreaterThan(500);
  for (const must of [
    'index.html',
    'en/index.html',
    'sitemap-0.xml',
    'data/targets.csv',
    'en/search/suggest/index.json',
    'en/changes.atom',
  ])
    expect(files, must).toContain(must);
  const compressed = (fs.readdirSync(DIST, { recursive: true }) as string[]).filter((f) => /\.(gz|br)$/.test(f));
  expect(compressed.every((f) => COMPRESSIBLE.test(f.replace(/\.(gz|br)$/, '')) && !f.startsWith('pagefind'))).toBe(true);
  expect(compressed.length).toBe(2 * files.length);
});

test.each(files.filter((_, i) => i % 7 === 0))('%s: its .gz and .br are the file itself', (file) => {
  const body = fs.readFileSync(path.join(DIST, file));
  expect(zlib.gunzipSync(fs.readFileSync(path.join(DIST, `${file}.gz`))).equals(body)).toBe(true);
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${file}.br`))).equals(body)).toBe(true);
});
