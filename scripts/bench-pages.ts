// Page benchmark (figures, not a test): for one page of each kind, what a phone fetches and how soon it can
// read it. Serves dist/, loads each page cold in Chromium at 360 px (no cache), five times, and reports
//   html   — the page's own HTML, raw and as gzip would send it;
//   total  — every byte the page fetched on load (HTML, CSS, scripts, fonts), gzip where compressible;
//   js     — scripts fetched on load (gzip), what the page's enhancements cost;
//   fcp / load — first contentful paint and load event, median of five cold loads (loopback, so the
//   figures show the browser's work, not the network's).
// Each page is measured in Chinese and in English; the last table sets each English page beside its Chinese twin.
// Run with `npm run bench:pages` after `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, PHONE } from './chromium.ts';
import { serveDist } from './serve-dist.ts';
import { localizedPath } from '../src/lib/paths.ts';

const CHINESE = [
  '/',
  '/plan/',
  '/projects/',
  '/targets/',
  '/units/',
  '/industries/modern-commerce/',
  '/projects/sams-club/',
  '/explainer/',
  '/questions/',
  '/data/',
];
// Every page again in English, to hold each English page to its Chinese twin's budget.
const PAGES = [...CHINESE, ...CHINESE.map((p) => localizedPath(p, 'en'))];
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const gzipOf = (url: string, fallback: number) => {
  let file = path.join('dist', decodeURIComponent(new URL(url).pathname));
  if (file.endsWith(path.sep) || (fs.existsSync(file) && fs.statSync(file).isDirectory())) file = path.join(file, 'index.html');
  return /\.(js|json|html|css|svg)$/.test(file) && fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : fallback;
};

const server = await serveDist(4397);
const browser = await launch();
const rows: string[][] = [];
/** Bytes on load (gzip) by page, for the English-to-Chinese comparison. */
const totals = new Map<string, number>();
try {
  for (const url of PAGES) {
    const fcp: number[] = [];
    const load: number[] = [];
    let bytes = { html: 0, htmlGzip: 0, total: 0, js: 0 };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      const fetched: { url: string; type: string; bytes: number }[] = [];
      page.on(
        'requestfinished',
        (r) => void r.sizes().then((s) => fetched.push({ url: r.url(), type: r.resourceType(), bytes: s.responseBodySize })),
      );
      await page.goto(server.url + url, { waitUntil: 'load' });
      await page.waitForTimeout(100); // let the last sizes resolve
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      }));
      fcp.push(timing.fcp);
      load.push(timing.load);
      if (run === 0) {
        const doc = fetched.find((f) => f.type === 'document')!;
        bytes = {
          html: fs.statSync(path.join('dist', new URL(doc.url).pathname, 'index.html')).size,
          htmlGzip: gzipOf(doc.url, doc.bytes),
          total: fetched.reduce((s, f) => s + gzipOf(f.url, f.bytes), 0),
          js: fetched.filter((f) => f.type === 'script').reduce((s, f) => s + gzipOf(f.url, f.bytes), 0),
        };
      }
      await context.close();
    }
    totals.set(url, bytes.total);
    rows.push([
      url,
      `${kb(bytes.html)} / ${kb(bytes.htmlGzip)}`,
      kb(bytes.total),
      kb(bytes.js),
      `${median(fcp).toFixed(0)} ms`,
      `${median(load).toFixed(0)} ms`,
    ]);
    console.log(`${url} measured`);
  }
} finally {
  await browser.close();
  await server.stop();
}

const head = [
  'page',
  'html (raw / gzip)',
  'total on load (gzip)',
  'js on load (gzip)',
  `fcp (median of ${RUNS})`,
  `load (median of ${RUNS})`,
];
console.log(`\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

console.log('\n| page | Chinese, total on load (gzip) | English | English / Chinese |\n| --- | --- | --- | --- |');
for (const zh of CHINESE) {
  const en = localizedPath(zh, 'en');
  console.log(`| ${zh} | ${kb(totals.get(zh)!)} | ${kb(totals.get(en)!)} | ${((100 * totals.get(en)!) / totals.get(zh)!).toFixed(0)}% |`);
}
