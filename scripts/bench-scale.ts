// Scale benchmark (figures, not a test): builds the site, search and English edition included, from a synthetic
// content set of N projects (N/10 units, N/5 targets: scripts/synthetic-content.ts) in a copy of the project in
// the system's temporary folder, and reports build time, peak memory, output and index size, and the largest
// HTML page of each kind, against #15's budgets at 10,000 projects: build under 5 minutes within 3 GB, time per
// page flat from 1,000 to N, no page over 300 KB of HTML.
//   npm run bench:scale -- 10000        1,000 then 10,000 projects
//   npm run bench:scale -- 500 2000     the sizes given
//   npm run bench:scale -- 2000 --keep  keeps the copy (its path is printed), e.g. to profile a build of it:
//     node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/astro/bin/astro.mjs build   (run in the copy)
// The copy is removed afterwards unless --keep; nothing is written to the repository's content/ or dist/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_INPUTS } from '../tests/site/build-copy.ts';
import { sizeFor, writeSyntheticContent } from './synthetic-content.ts';

const ROOT = process.cwd();
const BUDGET = { seconds: 300, bytes: 3 * 1024 ** 3, pageHtml: 300 * 1024, flat: 1.25 };

const keep = process.argv.includes('--keep');
const args = process.argv
  .slice(2)
  .filter((a) => a !== '--keep')
  .map(Number);
if (args.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('usage: bench:scale -- <projects> [more sizes], each at least 100');
const sizes = [...new Set(args.length === 1 ? [1000, args[0]!] : args.length ? args : [1000, 10000])].sort((a, b) => a - b);

const mb = (b: number) => `${(b / 1024 ** 2).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The two steps of `npm run build`, told apart by the second one's command line. */
const STEPS = { astro: 'astro build', search: 'search index (scripts/search-index.ts, Pagefind)' } as const;
type Step = (typeof STEPS)[keyof typeof STEPS];

/** Resident memory of a process and all its descendants, in bytes, read from /proc, and the build step they are in. */
function treeRss(root: number): { bytes: number; step: Step } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  let step: Step = STEPS.astro;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    try {
      // An argument of its own: the shell that runs both steps holds the whole command line as one.
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('scripts/search-index.ts')) step = STEPS.search;
    } catch {
      // the process ended while we read
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes: total, step };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The kind of an HTML page, from its address: /projects/<id>/ and /projects/page/2/ are two kinds. */
function pageKind(url: string): string {
  const parts = url.split('/').filter(Boolean);
  const en = parts[0] === 'en' ? parts.shift() : undefined;
  const kind = parts.map((p, i) => (i === 0 || p === 'page' ? p : parts[i - 1] === 'page' ? 'N' : ':id'));
  return `${en ? '/en' : ''}/${kind.join('/')}${kind.length ? '/' : ''}`;
}

interface Result {
  projects: number;
  seconds: number;
  peak: number;
  /** The peak of each build step. */
  peaks: Map<Step, number>;
  pages: number;
  dist: number;
  html: number;
  pagefind: number;
  largest: Map<string, { url: string; bytes: number }>;
}

async function run(projects: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-scale-'));
  try {
    for (const item of BUILD_INPUTS) {
      fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const size = sizeFor(projects);
    writeSyntheticContent(path.join(dir, 'content'), size);
    console.log(`\n${projects} projects, ${size.units} units, ${size.targets} targets: building in ${dir}`);

    const start = performance.now();
    // `npm run build`, as a reader runs it (with its environment: see "At 10,000 projects" in the README).
    const child = spawn('npm', ['run', 'build', '--silent'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const peaks = new Map<Step, number>();
    const poll = setInterval(() => {
      const { bytes, step } = treeRss(child.pid!);
      peaks.set(step, Math.max(peaks.get(step) ?? 0, bytes));
    }, 250);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    const seconds = (performance.now() - start) / 1000;
    if (status !== 0) throw new Error(`the build of ${projects} projects failed:\n${output.slice(-4000)}`);
    // Where the time went, from the build's own log (each line starts with its time): content loaded and checked,
    // bundled, pages rendered, files precompressed, search indexed (after the Astro process has exited).
    const phases =
      /Synced content|\[vite\] ✓ built in|Completed in|page\(s\) built in|\[search-index\] indexed|\[portal-precompress\] wrote/;
    for (const line of output.split('\n')) {
      if (phases.test(line)) console.log(`  ${line.trim()}`);
    }

    const dist = path.join(dir, 'dist');
    const files = walk(dist);
    // The precompressed twins (.gz, .br) are counted apart: a host serves one of the three.
    const plain = files.filter((f) => !/\.(gz|br)$/.test(f));
    const bytes = (list: string[]) => list.reduce((s, f) => s + fs.statSync(f).size, 0);
    const htmlFiles = plain.filter((f) => f.endsWith('.html'));
    const largest = new Map<string, { url: string; bytes: number }>();
    for (const f of htmlFiles) {
      const url = `/${path.relative(dist, f).split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const kind = pageKind(url);
      const size = fs.statSync(f).size;
      if (size > (largest.get(kind)?.bytes ?? -1)) largest.set(kind, { url, bytes: size });
    }
    return {
      projects,
      seconds,
      peak: Math.max(...peaks.values()),
      peaks,
      pages: htmlFiles.length,
      dist: bytes(plain),
      html: bytes(htmlFiles),
      pagefind: bytes(plain.filter((f) => f.includes(`${path.sep}pagefind${path.sep}`))),
      largest,
    };
  } finally {
    if (keep) console.log(`  kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');

const results: Result[] = [];
for (const n of sizes) {
  const r = await run(n);
  results.push(r);
  // Each size as it finishes: a run of 10,000 takes long, and a later failure should not lose the earlier figures.
  console.log(
    `  ${n} projects: ${r.seconds.toFixed(0)} s, peak ${mb(r.peak)}, ${r.pages} HTML pages, largest ${kb(Math.max(...[...r.largest.values()].map((l) => l.bytes)))}`,
  );
}

console.log(`\nScale benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores\n`);
console.log(`| measure | ${results.map((r) => `${r.projects} projects`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
const row = (label: string, cell: (r: Result) => string) => console.log(`| ${label} | ${results.map(cell).join(' | ')} |`);
const first = results[0]!;
row('build time (wall)', (r) => `${r.seconds.toFixed(0)} s (${verdict(r.seconds < BUDGET.seconds)})`);
row('peak memory (build and its children)', (r) => `${mb(r.peak)} (${verdict(r.peak < BUDGET.bytes)})`);
for (const step of Object.values(STEPS)) row(`– in ${step}`, (r) => mb(r.peaks.get(step) ?? 0));
row('HTML pages', (r) => String(r.pages));
row('time per page', (r) => {
  const per = r.seconds / r.pages;
  return `${(per * 1000).toFixed(1)} ms${r === first ? '' : ` (${verdict(per <= (first.seconds / first.pages) * BUDGET.flat)})`}`;
});
row('output (without .gz/.br)', (r) => mb(r.dist));
row('of which HTML', (r) => mb(r.html));
row('Pagefind index', (r) => mb(r.pagefind));

const kinds = [...new Set(results.flatMap((r) => [...r.largest.keys()]))].sort();
console.log(`\nLargest HTML page of each kind (budget ${kb(BUDGET.pageHtml)})\n`);
console.log(`| kind | ${results.map((r) => `${r.projects} projects`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
for (const k of kinds) {
  row(k, (r) => {
    const l = r.largest.get(k);
    return l ? `${kb(l.bytes)} ${l.bytes > BUDGET.pageHtml ? 'FAIL' : 'pass'} (${l.url})` : '–';
  });
}
