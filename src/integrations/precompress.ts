// After the build: a .gz and a .br beside every text file of dist/, so a server sends them as they are (nginx's
// gzip_static and brotli_static) instead of compressing each request (#15). Runs last, when every file is written.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Files worth compressing: text. Pagefind's index chunks are compressed already and stay as they are. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|atom|webmanifest)$/;

/** Every text file under `dir` (relative paths), except Pagefind's own. */
export function compressibleFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => COMPRESSIBLE.test(f) && !f.startsWith('pagefind/'));
}

/** Writes `<file>.gz` (gzip level 9) and `<file>.br` (Brotli quality 11) beside each text file; returns how many. */
export function precompressDir(dir: string): number {
  const files = compressibleFiles(dir);
  for (const file of files) {
    const full = path.join(dir, file);
    const body = fs.readFileSync(full);
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(body, { level: 9 }));
    fs.writeFileSync(
      `${full}.br`,
      zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
  }
  return files.length;
}

export function precompress(): AstroIntegration {
  return {
    name: 'portal-precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const start = Date.now();
        const n = precompressDir(fileURLToPath(dir));
        logger.info(`wrote .gz and .br beside ${n} text files in ${Date.now() - start} ms`);
      },
    },
  };
}
