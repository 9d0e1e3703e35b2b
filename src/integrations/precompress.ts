// After the build: a .gz and a .br beside every text file of dist/, so a server sends them as they are (nginx's
// gzip_static and brotli_static) instead of compressing each request (#15). Runs last, when every file is written.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/**
 * Above this many text files, HTML pages are compressed at Brotli 8 instead of 11. Quality 11 costs some 20 ms of
 * CPU for a typical page and 8 under 1 ms, for files about 11% larger (measured on the scale benchmark's pages):
 * at 10,000 projects (21,700 files) quality 11 alone takes about seven minutes of CPU, more than the build's whole
 * budget. The portal's own content (well under 2,000 files) keeps quality 11 everywhere; CSS, scripts and data,
 * shared by many pages, keep it at any size.
 */
export const MANY_FILES = 2000;

/**
 * Above this size a file is compressed at Brotli 9 instead of 11, whatever the build: quality 11 costs about a second
 * per MB (data/plan.json, 1.2 MB at 2,000 projects: 1,023 ms at 11, 26 ms at 9, 17% larger), and at 10,000 projects
 * the data files' 40-odd MB took a third of the precompression's wall time. Downloads, not pages; the portal's own
 * files are all far smaller (the largest 185 KB), so its build output is as before.
 */
export const LARGE_FILE = 512 * 1024;

/** The Brotli quality of `file`, of `bytes` bytes, when the build writes `count` text files. */
export function brotliQuality(file: string, count: number, bytes = 0): number {
  if (bytes > LARGE_FILE) return 9;
  return count > MANY_FILES && file.endsWith('.html') ? 8 : 11;
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (Brotli quality 11, or 8 for HTML in a very large build and 9
 * for a file over LARGE_FILE: brotliQuality) beside each text file; returns how many.
 * zlib's asynchronous functions run on libuv's thread pool, so the files are compressed on every core at once.
 */
export async function precompressDir(dir: string): Promise<number> {
  const files = compressibleFiles(dir);
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const full = path.join(dir, file);
      const body = await fs.promises.readFile(full);
      const [gz, br] = await Promise.all([
        gzip(body, { level: 9 }),
        brotli(body, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, files.length, body.length),
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      await Promise.all([fs.promises.writeFile(`${full}.gz`, gz), fs.promises.writeFile(`${full}.br`, br)]);
    }
  };
  // As many files in flight as the thread pool has threads (4 unless UV_THREADPOOL_SIZE says otherwise).
  await Promise.all(Array.from({ length: Number(process.env['UV_THREADPOOL_SIZE'] ?? 4) }, worker));
  return files.length;
}

export function precompress(): AstroIntegration {
  return {
    name: 'portal-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = Date.now();
        const n = await precompressDir(fileURLToPath(dir));
        logger.info(`wrote .gz and .br beside ${n} text files in ${Date.now() - start} ms`);
      },
    },
  };
}
