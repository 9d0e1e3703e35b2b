// Search benchmark (figures, not a test): serves dist/, drives /search/ in Chromium and reports
//   cold   — first query on a fresh page: Pagefind script, WASM, index chunks and suggestions loaded;
//   warm   — every query of the quality suite afterwards, engine time p50 / p95;
//   bytes  — transferred for the first query, as served here and as gzip would send it;
//   suggest — keystroke to updated suggestion list in the header box.
// Run with `npm run bench:search` after `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { SEARCH_CASES } from '../tests/search-queries.ts';
import { DESKTOP, launch } from './chromium.ts';
import { searchOnPage } from './search-driver.ts';
import { serveDist } from './serve-dist.ts';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

const server = await serveDist(4398);
const browser = await launch();
try {
  // Cold: a fresh context, no cache. Count what the first search fetches.
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${server.url}/search/`);
  await page.waitForLoadState('networkidle');
  // Context-level events include the requests of Pagefind's web worker, which a page's own events miss.
  const fetched: { url: string; bytes: number }[] = [];
  let counting = true;
  context.on('requestfinished', (r) => {
    if (!counting) return;
    void r.sizes().then((z) => fetched.push({ url: r.url(), bytes: z.responseBodySize + z.responseHeadersSize }));
  });
  await page.evaluate(() => {
    const w = window as unknown as { searchTimes: number[] };
    w.searchTimes = [];
    document.addEventListener('search:results', (e) => w.searchTimes.push((e as CustomEvent<{ ms: number }>).detail.ms));
  });
  console.log('cold query…');
  const coldStart = Date.now();
  await searchOnPage(page, '山姆');
  const coldWall = Date.now() - coldStart;
  const coldEngine = await page.evaluate(() => (window as unknown as { searchTimes: number[] }).searchTimes[0]!);
  counting = false;
  await page.waitForTimeout(200); // let the last sizes resolve
  const first = [...fetched];
  const served = first.reduce((s, f) => s + f.bytes, 0);
  const gzip = first.reduce((s, f) => {
    // Pagefind's own files are compressed already; the rest is what gzip on a CDN would send.
    const file = path.join('dist', decodeURIComponent(new URL(f.url).pathname));
    const compressible = /\.(js|json|html|css|svg)$/.test(file) && fs.existsSync(file);
    return s + (compressible ? zlib.gzipSync(fs.readFileSync(file)).length : f.bytes);
  }, 0);

  console.log(`warm: ${SEARCH_CASES.length} queries, twice…`);
  // Cold as people search: focus the box (the engine starts loading), type for 400 ms, press Enter.
  const typedContext = await browser.newContext(DESKTOP);
  const typed = await typedContext.newPage();
  await typed.goto(`${server.url}/search/`);
  await typed.waitForLoadState('networkidle');
  await typed.evaluate(() => {
    const w = window as unknown as { searchTimes: number[] };
    w.searchTimes = [];
    document.addEventListener('search:results', (e) => w.searchTimes.push((e as CustomEvent<{ ms: number }>).detail.ms));
  });
  await typed.focus('[data-search-query]');
  await typed.waitForTimeout(400);
  const typedStart = Date.now();
  await searchOnPage(typed, '鲁迅故里');
  const typedCold = Date.now() - typedStart;
  const typedEngine = await typed.evaluate(() => (window as unknown as { searchTimes: number[] }).searchTimes.at(-1)!);
  await typedContext.close();

  // Suggestions, cold: what the header box fetches for a first typed character, and for a two-character query.
  const suggestContext = await browser.newContext(DESKTOP);
  const fresh = await suggestContext.newPage();
  const suggestFiles: string[] = [];
  fresh.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/search/suggest/')) suggestFiles.push(new URL(r.url()).pathname);
  });
  await fresh.goto(`${server.url}/`);
  const freshBox = fresh.getByRole('combobox', { name: '搜索本站' });
  await freshBox.pressSequentially('鲁');
  await fresh.getByRole('option').first().waitFor();
  const gzipOf = (files: string[]) => files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join('dist', f))).length, 0);
  const firstKey = [...suggestFiles];
  await freshBox.pressSequentially('迅');
  await fresh.waitForLoadState('networkidle');
  const secondKey = suggestFiles.slice(firstKey.length);
  await suggestContext.close();

  // Warm: the whole suite, twice; the second pass is what a returning query costs.
  for (const c of SEARCH_CASES) await searchOnPage(page, c.q);
  const before = await page.evaluate(() => (window as unknown as { searchTimes: number[] }).searchTimes.length);
  for (const c of SEARCH_CASES) await searchOnPage(page, c.q);
  const times = await page.evaluate(() => (window as unknown as { searchTimes: number[] }).searchTimes);
  const firstPass = times.slice(1, before);
  const secondPass = times.slice(before);

  // Suggestions: keystroke to re-rendered list, measured in the page.
  const box = page.getByRole('combobox', { name: '搜索本站' });
  await box.focus();
  const suggestTimes: number[] = [];
  // Queries with suggestions only: an empty list that stays empty never re-renders.
  for (const c of SEARCH_CASES.filter((x) => !x.none)) {
    await box.fill(c.q.slice(0, -1));
    await page.waitForTimeout(20);
    const t = await page.evaluate(
      (last) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
          const list = document.querySelector('#site-search-list')!;
          const start = performance.now();
          new MutationObserver((_, o) => {
            o.disconnect();
            resolve(performance.now() - start);
          }).observe(list, { childList: true });
          setTimeout(() => resolve(Number.NaN), 2000);
          input.value += last;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      c.q.slice(-1),
    );
    if (!Number.isNaN(t)) suggestTimes.push(t);
  }

  const rows = [
    ['cold, all at once: query typed and sent instantly, engine', ms(coldEngine)],
    ['cold, all at once: Enter to announced results', ms(coldWall)],
    ['cold, as typed: focus, 400 ms typing, then engine', ms(typedEngine)],
    ['cold, as typed: focus, 400 ms typing, Enter to results', ms(typedCold)],
    ['bytes for the first query, as served here', kb(served)],
    ['bytes for the first query, gzip', kb(gzip)],
    [`suggestions: first character (鲁), gzip (${firstKey.length} files)`, kb(gzipOf(firstKey))],
    [`suggestions: second character (鲁迅), gzip (${secondKey.length} more files)`, kb(gzipOf(secondKey))],
    [
      `warm: suite first pass p50 / p95 (${firstPass.length} queries)`,
      `${ms(quantile(firstPass, 0.5))} / ${ms(quantile(firstPass, 0.95))}`,
    ],
    [
      `warm: suite repeated p50 / p95 (${secondPass.length} queries)`,
      `${ms(quantile(secondPass, 0.5))} / ${ms(quantile(secondPass, 0.95))}`,
    ],
    [
      `suggestions: keystroke to list p50 / p95 (${suggestTimes.length} queries)`,
      `${ms(quantile(suggestTimes, 0.5))} / ${ms(quantile(suggestTimes, 0.95))}`,
    ],
  ];
  console.log('\nSearch benchmark (Chromium, this machine)\n');
  for (const [k, v] of rows) console.log(`${k!.padEnd(58)} ${v}`);
  console.log('\nFetched for the first query:');
  for (const f of first) console.log(`  ${kb(f.bytes).padStart(9)}  ${new URL(f.url).pathname}`);
} finally {
  await browser.close();
  await server.stop();
}
