// Page benchmark with budgets (figures, not a test; #15). Serves the built dist/ and, for one page of each kind in
// Chinese and in English, reports
//   load bytes  — everything Chromium fetches at 360 px until the network is quiet after `load`, before anyone
//                 touches the page, by type (html, css, js, other), raw and gzip (the build's .gz, gzip 9);
//   first paint — the bytes needed before the first screen can paint: the HTML up to the end of the first screen
//                 plus the render-blocking CSS (gzip). The first screen is the top 640 px at 360 px width; its end
//                 is the end of the last element, in document order, whose box starts in it (JavaScript off, so
//                 the DOM is the HTML as sent); an element with child elements ends there at its start tag, since
//                 its children are counted on their own;
//   Lighthouse  — Lighthouse 12, mobile (its default config: simulated slow 4G and 4× CPU slowdown), the four
//                 category scores, LCP, TBT and the longest main-thread task it lists.
// Entity pages are the heaviest page of their kind (by gzip HTML), so a budget met here is met by every page.
// Budgets (each row gets a verdict; the script exits 1 when one fails):
//   Lighthouse 100 in every category, and no main-thread task over 50 ms between first paint and interactive
//   (Lighthouse's TBT is 0; its longest-task column also lists the first layout before paint, which blocks no one);
//   an entity page (industry, programme, platform, project, unit) at most 16 KB gzip before interaction;
//   JavaScript at most 2 KB gzip, 4 KB on a page with an explorer table: the script files a page fetches. Scripts
//   written into the HTML are counted in its bytes and shown on their own (inline js), not in this budget.
// Run with `npm run bench` after `npm run build`. `-- --only=/targets/` measures the pages whose path contains
// that text; `-- --no-lighthouse` skips Lighthouse (bytes only, quick).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse, type HTMLElement } from 'node-html-parser';
import { CHROMIUM, CHROMIUM_FLAGS, launch, PHONE } from './chromium.ts';
import { serveDist } from './serve-dist.ts';
import { localizedPath, paths } from '../src/lib/paths.ts';

const KB = 1024;
const BUDGET = { entityTotal: 16 * KB, js: 2 * KB, explorerJs: 4 * KB };
const FIRST_SCREEN = { width: 360, height: 640 };

/** The heaviest built page of a kind, by its gzip HTML: `/industries/<id>/` for the id whose page weighs most. */
function heaviest(url: (id: string) => string, dir: string): string {
  const ids = fs.readdirSync(path.join('dist', dir)).filter((d) => fs.existsSync(path.join('dist', dir, d, 'index.html.gz')));
  const size = (id: string) => fs.statSync(path.join('dist', dir, id, 'index.html.gz')).size;
  return url(ids.reduce((a, b) => (size(b) > size(a) ? b : a)));
}

type Kind = { path: string; entity?: boolean; explorer?: boolean };
const CHINESE: Kind[] = [
  { path: paths.home() },
  { path: paths.plan() },
  { path: paths.projects(), explorer: true },
  { path: paths.targets(), explorer: true },
  { path: paths.units(), explorer: true },
  { path: heaviest(paths.industry, 'industries'), entity: true },
  { path: heaviest(paths.programme, 'programmes'), entity: true },
  { path: heaviest(paths.platform, 'platforms'), entity: true },
  { path: heaviest(paths.project, 'projects'), entity: true },
  { path: heaviest(paths.unit, 'units'), entity: true },
  { path: paths.explainer() },
  { path: paths.questions() },
  { path: paths.data() },
  { path: paths.search() },
  { path: paths.glossary() },
];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const PAGES = [...CHINESE, ...CHINESE.map((k) => ({ ...k, path: localizedPath(k.path, 'en') }))].filter(
  (k) => !only || k.path.includes(only),
);

const kb = (x: number) => (x / KB).toFixed(1);
const TYPES = ['html', 'css', 'js', 'other'] as const;
type Type = (typeof TYPES)[number];
const typeOf = (resourceType: string): Type =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

/** The file in dist/ a URL of the local server names. */
function fileOf(url: string): string {
  const file = path.join('dist', decodeURIComponent(new URL(url).pathname));
  return fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
}
/** Raw and gzip bytes of a served file: the .gz the build wrote beside it, else what gzip 9 makes of a text file. */
function sizes(url: string, fetched: number): { raw: number; gzip: number } {
  const file = fileOf(url);
  if (!fs.existsSync(file)) return { raw: fetched, gzip: fetched };
  const raw = fs.statSync(file).size;
  if (fs.existsSync(`${file}.gz`)) return { raw, gzip: fs.statSync(`${file}.gz`).size };
  const text = /\.(html|css|js|mjs|json|svg|txt|xml|atom)$/.test(file);
  return { raw, gzip: text ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : raw };
}
const gzip = (text: string) => zlib.gzipSync(text, { level: 9 }).length;

type Row = {
  path: string;
  kind: Kind;
  bytes: Record<Type, { raw: number; gzip: number }>;
  firstScreen: { html: number; css: number };
  /** Scripts written into the HTML (counted in its bytes): raw, and gzip on their own. */
  inlineJs: { raw: number; gzip: number };
  lh?: { scores: Record<string, number>; lcp: number; tbt: number; longest: number };
  failures: string[];
};

const server = await serveDist(4396);
const rows: Row[] = [];
const browser = await launch();
try {
  for (const kind of PAGES) {
    const url = server.url + kind.path;
    // Bytes before interaction, with JavaScript on as a reader has it.
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const fetched: { url: string; type: Type; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (r) =>
      pending.push(r.sizes().then((s) => void fetched.push({ url: r.url(), type: typeOf(r.resourceType()), bytes: s.responseBodySize }))),
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    const bytes = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gzip: 0 }])) as Row['bytes'];
    for (const f of fetched) {
      const s = sizes(f.url, f.bytes);
      bytes[f.type].raw += s.raw;
      bytes[f.type].gzip += s.gzip;
    }

    // The first screen, with JavaScript off: which element ends it, and which stylesheets block the paint.
    const still = await browser.newContext({ ...PHONE, viewport: { width: FIRST_SCREEN.width, height: 740 }, javaScriptEnabled: false });
    const stillPage = await still.newPage();
    await stillPage.goto(url, { waitUntil: 'load' });
    const end = await stillPage.evaluate((screenHeight) => {
      const all = [...document.body.querySelectorAll('*')];
      let last: Element | undefined;
      for (const el of all) {
        const box = el.getBoundingClientRect();
        if (el.getClientRects().length === 0 || box.width === 0 || box.height === 0) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        if (box.top + window.scrollY < screenHeight && box.bottom + window.scrollY > 0) last = el;
      }
      if (!last) return undefined;
      const sameTag = [...document.querySelectorAll(last.localName)];
      return { tag: last.localName, index: sameTag.indexOf(last), count: sameTag.length };
    }, FIRST_SCREEN.height);
    const blockingCss = await stillPage.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')]
        .filter((l) => matchMedia(l.media || 'all').matches)
        .map((l) => l.href),
    );
    await still.close();
    const html = fs.readFileSync(fileOf(url), 'utf8');
    if (!end) throw new Error(`${kind.path}: nothing painted in the first screen`);
    const sameTag = parse(html, { comment: true }).querySelectorAll(end.tag);
    if (sameTag.length !== end.count)
      throw new Error(`${kind.path}: ${end.tag} counted ${sameTag.length} in the HTML, ${end.count} in Chromium`);
    const el = sameTag[end.index] as HTMLElement;
    // node-html-parser gives an element's range over its whole source; its start tag ends at the first '>'.
    const stop = el.childNodes.some((c) => c.nodeType === 1) ? html.indexOf('>', el.range[0]) + 1 : el.range[1];
    const firstScreen = {
      html: gzip(html.slice(0, stop)),
      css: blockingCss.reduce((s, href) => s + sizes(href, 0).gzip, 0),
    };
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !m[1]!.includes('application/ld+json'))
      .map((m) => m[2]!)
      .join('');
    const inlineJs = { raw: Buffer.byteLength(inline), gzip: inline ? gzip(inline) : 0 };
    rows.push({ path: kind.path, kind, bytes, firstScreen, inlineJs, failures: [] });
    console.error(`${kind.path}: bytes measured`);
  }
} finally {
  await browser.close();
}

if (withLighthouse) {
  // One Chromium for every Lighthouse run, with the flags of a machine that has no network but loopback.
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    for (const row of rows) {
      const result = await lighthouse(server.url + row.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      const longTasks = (lhr.audits['long-tasks']?.details as { items?: { duration: number }[] } | undefined)?.items ?? [];
      row.lh = {
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        longest: Math.max(0, ...longTasks.map((t) => t.duration)),
      };
      console.error(`${row.path}: Lighthouse ${Object.values(row.lh.scores).join(' / ')}`);
    }
  } finally {
    chrome.kill();
  }
}
await server.stop();

for (const row of rows) {
  const total = TYPES.reduce((s, t) => s + row.bytes[t].gzip, 0);
  if (row.kind.entity && total > BUDGET.entityTotal) row.failures.push(`total ${kb(total)} > ${kb(BUDGET.entityTotal)} KB`);
  const jsBudget = row.kind.explorer ? BUDGET.explorerJs : BUDGET.js;
  if (row.bytes.js.gzip > jsBudget) row.failures.push(`js ${kb(row.bytes.js.gzip)} > ${kb(jsBudget)} KB`);
  if (row.lh) {
    for (const [id, score] of Object.entries(row.lh.scores)) if (score < 100) row.failures.push(`${id} ${score}`);
    if (row.lh.tbt > 0) row.failures.push(`TBT ${row.lh.tbt.toFixed(0)} ms`);
  }
}

const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const head = [
  'page',
  'html',
  'css',
  'js',
  'inline js (in html)',
  'other',
  'total gzip',
  'first paint gzip (html + css)',
  ...(withLighthouse ? ['Lighthouse perf / a11y / bp / seo', 'LCP', 'TBT', 'longest task'] : []),
  'budget',
];
console.log(
  `KB raw / gzip before interaction; first paint = HTML to the end of the first ${FIRST_SCREEN.height} px at ${FIRST_SCREEN.width} px + blocking CSS.\n`,
);
console.log(`| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
for (const row of rows) {
  const total = TYPES.reduce((s, t) => s + row.bytes[t].gzip, 0);
  const cells = [
    row.path,
    pair(row.bytes.html),
    pair(row.bytes.css),
    pair(row.bytes.js),
    pair(row.inlineJs),
    pair(row.bytes.other),
    kb(total),
    `${kb(row.firstScreen.html + row.firstScreen.css)} (${kb(row.firstScreen.html)} + ${kb(row.firstScreen.css)})`,
    ...(row.lh
      ? [
          Object.values(row.lh.scores).join(' / '),
          `${(row.lh.lcp / 1000).toFixed(1)} s`,
          `${row.lh.tbt.toFixed(0)} ms`,
          row.lh.longest ? `${row.lh.longest.toFixed(0)} ms` : 'none > 50 ms',
        ]
      : []),
    row.failures.length ? `FAIL: ${row.failures.join('; ')}` : 'within',
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
const failed = rows.filter((r) => r.failures.length);
console.log(failed.length ? `\n${failed.length} of ${rows.length} pages over budget.` : `\nAll ${rows.length} pages within budget.`);
process.exitCode = failed.length ? 1 : 0;
