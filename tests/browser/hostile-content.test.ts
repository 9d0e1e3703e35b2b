// A hostile content entry stays inert everywhere it goes (#15, security). One copy of the project is built with
// a script, an attribute break-out and a javascript: URL in content text (tests/browser/hostile-fixture.ts) and
// served; then, in Chromium and in both languages, its pages, /search/, the instant suggestions, the explorer with
// its URL state, the briefing pack and the Atom feeds must show that text as text and run nothing. The built
// files are checked too (pages, data JSON and CSV, the suggestion list). A javascript: link in an explanation
// stops the build instead (tests/site/bad-content.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serveDist } from '../../scripts/serve-dist';
import { removeCopies, type CopyBuild } from '../site/build-copy';
import { DESKTOP } from './chromium';
import { test } from './fixtures';
import { BREAKOUT, buildHostileCopy, FORMULA, FORMULA_MARKER, HOSTILE, JS_URL, MARKER, SCRIPT } from './hostile-fixture';

let copy: CopyBuild;
let server: { url: string; stop: () => Promise<void> } | undefined;

beforeAll(async () => {
  copy = buildHostileCopy();
  if (copy.status !== 0) throw new Error(`the hostile copy did not build:\n${copy.output}`);
  server = await serveDist(4398, { dist: copy.dist }); // beside the main site's server (4399), which other tests use
}, 300_000);

afterAll(async () => {
  await server?.stop();
  removeCopies();
});

const LABEL = `旅游总收入 ${HOSTILE}`;
const LABEL_EN = `Total tourism revenue ${HOSTILE}`;
const read = (file: string) => fs.readFileSync(path.join(copy.dist, file), 'utf8');

/** Opens a page of the hostile copy in a context of its own (closed after the test). */
type NewContext = (options?: BrowserContextOptions) => Promise<import('playwright-core').BrowserContext>;
async function openCopy(newContext: NewContext, at: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await (await newContext(options)).newPage();
  const response = await page.goto(server!.url + at);
  if (!response?.ok()) throw new Error(`${at}: HTTP ${response?.status()}`);
  return page;
}

/** Whatever of the hostile text became markup or ran: a script that set the flag, an element, a javascript: link. */
async function harmed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    if ((window as { __pwned?: unknown }).__pwned !== undefined) found.add('script ran');
    for (const el of document.querySelectorAll('img[src="x"], [onerror], [onload]')) found.add(`element: ${el.outerHTML.slice(0, 60)}`);
    for (const s of document.querySelectorAll('script'))
      if (s.type !== 'application/ld+json' && s.textContent?.includes('__pwned')) found.add(`script element: ${s.outerHTML.slice(0, 60)}`);
    for (const a of document.querySelectorAll('[href], [src], [action], [formaction]'))
      for (const attr of ['href', 'src', 'action', 'formaction'])
        if (/^\s*javascript:/i.test(a.getAttribute(attr) ?? '')) found.add(`javascript: ${attr} ${a.outerHTML.slice(0, 60)}`);
    return [...found];
  });
}

/** Whether the reader sees each part of the hostile text, as characters, within `selector`. */
async function showsAsText(page: Page, selector = 'main'): Promise<boolean> {
  const seen = await page
    .locator(selector)
    .first()
    .evaluate((el) => (el as HTMLElement).innerText);
  return [SCRIPT, BREAKOUT, JS_URL, MARKER].every((part) => seen.includes(part));
}

/**
 * The cells of a CSV text that a spreadsheet would run as a formula: those beginning with =, +, -, @, a tab or a
 * carriage return (OWASP, CSV injection), numbers such as -5 aside.
 */
const formulaCells = (csv: string) =>
  csvParseRows(csv.replace(/^\uFEFF/, ''))
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?[\d.,]+(?:e[+-]?\d+)?%?$/i.test(cell));

/** Types the marker into the header's search box and picks the suggestion named `name`, by a click or by arrows and Enter. */
async function pickSuggestion(page: Page, label: string, name: string, how: 'click' | 'Enter'): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.pressSequentially(MARKER);
  const option = page.getByRole('option', { name: new RegExp(name) });
  await option.waitFor();
  if (how === 'click') return option.click();
  for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await box.press('ArrowDown');
  expect(await option.getAttribute('aria-selected')).toBe('true');
  await box.press('Enter');
}

describe('the built files carry it as inert text or as data', () => {
  test('pages in both languages hold it escaped, never as markup', () => {
    const pages = [
      'targets/index.html',
      'en/targets/index.html',
      'industries/cultural-tourism/index.html',
      'projects/sams-club/index.html',
      'en/projects/sams-club/index.html',
      'glossary/index.html',
      'industries/tech-services/index.html', // the glossary popover
      'changes/index.html',
      'en/changes/index.html',
      'embed/targets-amounts/index.html', // a chart's SVG
    ];
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toContain('&lt;script&gt;window.__pwned=');
      expect(html, page).not.toContain('<script>window.__pwned');
      expect(html, page).not.toContain('<img src=x');
      expect(html, page).not.toMatch(/(?:href|src)="javascript:/i);
    }
  });

  test('data files and the suggestion lists hold the text exactly, as data', () => {
    const targets = JSON.parse(read('data/targets.json')) as { id: string; label: string; note?: string }[];
    expect(targets.find((t) => t.id === 'tourism-revenue')).toMatchObject({ label: LABEL, note: HOSTILE });
    const cell = (text: string) => `"${text.replaceAll('"', '""')}"`; // one quoted CSV cell, quotes doubled
    for (const file of ['data/targets.csv', 'data/targets.readable.csv', 'data/targets.readable.en.csv', 'data/changes.csv'])
      expect(read(file), file).toContain(cell(file.includes('.en.') ? LABEL_EN : file.includes('changes') ? HOSTILE : LABEL));
    const readable = csvParse(read('data/targets.readable.csv').replace(/^\uFEFF/, ''));
    expect(Object.values(readable.find((r) => r['id'] === 'tourism-revenue')!)).toContain(LABEL);
    for (const [folder, name] of [
      ['search/suggest', `生产性服务业 ${HOSTILE}`],
      ['en/search/suggest', `Producer services ${HOSTILE}`],
    ] as const) {
      // The suggestion list's entries, in however many files it is split into.
      const entries = fs
        .readdirSync(path.join(copy.dist, folder))
        .filter((f) => /^entries-\d+\.json$/.test(f))
        .flatMap((f) => JSON.parse(read(`${folder}/${f}`)) as { n: string }[]);
      expect(
        entries.map((e) => e.n),
        folder,
      ).toContain(name);
    }
  });

  test('no CSV file holds a cell a spreadsheet would run; the formula label reads as text behind an apostrophe', () => {
    const files = (fs.readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.csv'));
    expect(files).toEqual(expect.arrayContaining(['data/targets.csv', 'data/targets.readable.csv', 'data/targets.readable.en.csv']));
    expect(files.some((f) => f.startsWith('charts/'))).toBe(true);
    for (const file of files) {
      const text = read(file);
      expect(formulaCells(text), file).toEqual([]);
      // Only the fixture's formula is guarded: every other cell is as the data has it.
      for (const cell of csvParseRows(text.replace(/^\uFEFF/, '')).flat())
        if (/^'[=+\-@\t\r]/.test(cell)) expect(cell, file).toContain(FORMULA_MARKER);
    }
    const label = (file: string) => csvParse(read(file).replace(/^\uFEFF/, '')).find((r) => r['id'] === 'services-share')!['label'];
    expect(label('data/targets.csv')).toBe(`'${FORMULA} 服务业占比`);
    expect(label('data/targets.readable.en.csv')).toBe(`'${FORMULA} Services share`);
  });
});

describe('in a browser nothing runs and the text reads as text', () => {
  test.for([
    '/projects/sams-club/',
    '/en/projects/sams-club/',
    '/industries/cultural-tourism/',
    '/en/industries/cultural-tourism/',
    '/glossary/',
    '/en/glossary/',
    '/changes/',
    '/en/changes/',
  ])('on %s', async (at, { newContext }) => {
    const page = await openCopy(newContext, at);
    await page.waitForLoadState('networkidle');
    expect(await harmed(page)).toEqual([]);
    expect(await showsAsText(page)).toBe(true);
  });

  test('in the glossary popover of a page that mentions the term', async ({ newContext }) => {
    const page = await openCopy(newContext, '/industries/tech-services/');
    await page.locator('button[data-glossary-term="producer-services"]').first().click();
    await page.locator('#gt-producer-services').waitFor();
    expect(await showsAsText(page, '#gt-producer-services')).toBe(true);
    expect(await harmed(page)).toEqual([]);
  });

  test.for(['/search/', '/en/search/'])('%s: searching for the entry lists it as text', async (at, { newContext }) => {
    const page = await openCopy(newContext, at);
    await page.locator('[data-search-query]').fill(MARKER);
    await page.locator('[data-search-query]').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a[data-result]').length > 0);
    await page.waitForTimeout(300); // let late excerpts render
    const hrefs = await page.locator('[data-search-results] a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The target's own record and the glossary term's, both carrying the text in their titles.
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `${at.replace('search/', '')}targets/#tourism-revenue`,
        `${at.replace('search/', '')}glossary/#producer-services`,
      ]),
    );
    expect(await showsAsText(page, '[data-search-results]')).toBe(true);
    expect(await harmed(page)).toEqual([]);
  });

  test.for([
    ['/', '搜索本站', `生产性服务业 ${MARKER}`],
    ['/en/', 'Search this site', `Producer services ${MARKER}`],
  ] as const)('%s: the instant suggestions list the hostile name as text', async ([at, label, name], { newContext }) => {
    const page = await openCopy(newContext, at);
    const box = page.getByRole('combobox', { name: label });
    await box.click();
    await box.pressSequentially(MARKER);
    const option = page.getByRole('option', { name: new RegExp(name) });
    await option.waitFor();
    const shown = await option.innerText();
    for (const part of [SCRIPT, BREAKOUT, JS_URL]) expect(shown).toContain(part);
    expect(await harmed(page)).toEqual([]);
  });

  test.for([
    ['/', 'click', '搜索本站', `生产性服务业 ${MARKER}`],
    ['/', 'Enter', '搜索本站', `生产性服务业 ${MARKER}`],
    ['/en/', 'click', 'Search this site', `Producer services ${MARKER}`],
    ['/en/', 'Enter', 'Search this site', `Producer services ${MARKER}`],
  ] as const)(
    '%s: picking the hostile suggestion by %s opens its entry on this site, as text',
    async ([at, how, label, name], { newContext }) => {
      const page = await openCopy(newContext, at);
      await pickSuggestion(page, label, name, how);
      // The term's own entry in the glossary, on this origin: the address comes from the entry's id, never its text.
      await page.waitForURL(`${server!.url}${at}glossary/#producer-services`);
      await page.waitForLoadState('networkidle');
      expect(await showsAsText(page, '#producer-services')).toBe(true);
      expect(await harmed(page)).toEqual([]);
    },
  );

  test.for([
    ['/targets/', '下载 CSV', LABEL, `${FORMULA} 服务业占比`],
    ['/en/targets/', 'Download CSV', LABEL_EN, `${FORMULA} Services share`],
  ] as const)(
    '%s: the plain CSV download holds the text as data, and no cell a spreadsheet would run',
    async ([at, button, label, formula], { newContext }) => {
      const page = await openCopy(newContext, at);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^yuecheng-1616-targets-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = csvParse(text.slice(1));
      const shown = (id: string) => rows.find((r) => r['id'] === id)![rows.columns[0]!]!;
      // The label as text, then the note (the same cell on screen), each with the whole hostile text.
      expect(shown('tourism-revenue').startsWith(label)).toBe(true);
      expect(shown('tourism-revenue').split(HOSTILE)).toHaveLength(3);
      // RFC 4180: in quotes, its quotes doubled, so any CSV reader takes it as this one cell.
      expect(text).toContain(`\n"${shown('tourism-revenue').replaceAll('"', '""')}",`);
      // The formula label reads as text: an apostrophe in front, which a spreadsheet shows as a text cell.
      expect(shown('services-share').startsWith(`'${formula}`)).toBe(true);
      expect(formulaCells(text)).toEqual([]);
      expect(await harmed(page)).toEqual([]);
    },
  );

  test.for([
    ['/targets/', '关键词', /ZIP 简报包/, LABEL],
    ['/en/targets/', 'Keyword', /ZIP briefing pack/, LABEL_EN],
  ] as const)('%s: filtered to the hostile row, reloaded from its URL, and packed', async ([at, keyword, zip, label], { newContext }) => {
    const page = await openCopy(newContext, at);
    const typed = `${MARKER} ${SCRIPT}`;
    await page.getByLabel(keyword, { exact: true }).fill(typed);
    const shownIds = () =>
      page.locator('[data-explorer-rows] > tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['id']));
    await expect.poll(shownIds).toEqual(['tourism-revenue']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed);
    await page.reload();
    await expect(page.getByLabel(keyword, { exact: true }).inputValue()).resolves.toBe(typed);
    await expect.poll(shownIds).toEqual(['tourism-revenue']);
    expect(await showsAsText(page, '[data-explorer-rows] > tr[data-id="tourism-revenue"]')).toBe(true);
    expect(await harmed(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: zip }).click()]);
    const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
    const csv = csvParse(strFromU8(files['targets.csv']!).replace(/^\uFEFF/, ''));
    expect(csv.map((r) => r['id'])).toEqual(['tourism-revenue']);
    // The cell holds the label as text (followed by the note, which sits in the same cell on screen).
    expect(csv[0]![Object.keys(csv[0]!)[0]!]!.startsWith(label)).toBe(true);
    const json = JSON.parse(strFromU8(files['targets.json']!)) as Record<string, unknown>[];
    expect(Object.values(json[0]!).some((v) => typeof v === 'string' && v.startsWith(label))).toBe(true);
    // The README names the keyword as the reader typed it: plain text in a text file.
    expect(strFromU8(files['README.txt']!)).toContain(typed);
    expect(await harmed(page)).toEqual([]);
  });
});

/**
 * What a feed reader would make of an Atom feed's hostile entry: whether the XML is well-formed, and the entry's
 * title and summary (both type="html") as a reader renders them: their text, and any elements they would create.
 * Runs in the page, with the browser's own XML and HTML parsers.
 */
function readFeed({ xml, entryId }: { xml: string; entryId: string }) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.querySelector('parsererror')) return { wellFormed: false };
  const entry = [...doc.getElementsByTagName('entry')].find((e) => e.getElementsByTagName('id')[0]?.textContent?.endsWith(entryId));
  const rendered = (name: string) => {
    const field = entry?.getElementsByTagName(name)[0];
    const html = new DOMParser().parseFromString(field?.textContent ?? '', 'text/html');
    return { type: field?.getAttribute('type'), text: html.body.textContent, elements: html.body.querySelectorAll('*').length };
  };
  return { wellFormed: true, title: rendered('title'), summary: rendered('summary') };
}

describe('the Atom feeds', () => {
  test.for([
    ['/changes.atom', '更正：'],
    ['/en/changes.atom', 'Corrected: '],
  ])('%s is well-formed and a reader shows the entry as text', async ([feed, kind], { newContext }) => {
    const page = await openCopy(newContext, '/changes/');
    const xml = read(feed!.slice(1));
    const seen = await page.evaluate(readFeed, { xml, entryId: '#hostile-change' });
    expect(seen).toEqual({
      wellFormed: true,
      title: { type: 'html', text: `${kind}${HOSTILE}`, elements: 0 },
      summary: { type: 'html', text: expect.stringContaining(HOSTILE), elements: 0 },
    });
    expect(seen.summary?.text?.startsWith(HOSTILE)).toBe(true);
    expect(await harmed(page)).toEqual([]);
  });
});

describe('the checks see harm', () => {
  test('markup put into a page of the copy is reported: a script that ran, the element, a javascript: link', async ({
    newContext,
    policy,
  }) => {
    const page = await openCopy(newContext, '/projects/sams-club/');
    await page.evaluate(
      ([b, u]) => {
        document.querySelector('main')!.insertAdjacentHTML('beforeend', `${b}<a href="${u}">x</a>`);
        // The Content-Security-Policy stops the handler (tests/browser/csp.test.ts): here it is as if it had run.
        (window as { __pwned?: number }).__pwned = 1;
      },
      [BREAKOUT, JS_URL],
    );
    // The policy's report of the handler it stopped is expected here, not a failure of this test.
    await expect.poll(() => policy.some((r) => /inline event handler/.test(r))).toBe(true);
    policy.splice(0);
    const found = await harmed(page);
    expect(found).toContain('script ran');
    expect(found.some((f) => f.startsWith('element: <img src="x"'))).toBe(true);
    expect(found.some((f) => f.startsWith('javascript: href'))).toBe(true);
  });

  test('a suggestion whose address were the javascript: URL would not open the entry, and the policy reports it', async ({
    newContext,
    policy,
  }) => {
    const context = await newContext(DESKTOP);
    // The suggestion lists as served, with the hostile entry's address swapped for the URL its text holds.
    await context.route('**/search/suggest/*.json', async (route) => {
      const body = (await (await route.fetch()).text()).replace('"u":"/glossary/#producer-services"', `"u":${JSON.stringify(JS_URL)}`);
      await route.fulfill({ body, contentType: 'application/json' });
    });
    const page = await context.newPage();
    await page.goto(`${server!.url}/`);
    await pickSuggestion(page, '搜索本站', `生产性服务业 ${MARKER}`, 'click');
    await expect(page.waitForURL(/\/glossary\//, { timeout: 2000 })).rejects.toThrow();
    // The policy stops the javascript: URL and says so (a failure in any other test); here it is what the probe expects.
    await expect.poll(() => policy.some((r) => /javascript/i.test(r))).toBe(true);
    policy.splice(0);
  });

  test('a CSV cell that begins a formula is reported, a negative number is not', () => {
    expect(
      formulaCells(
        `\uFEFF${csvFormatRows([
          ['label', 'n'],
          [`${FORMULA} x`, '-5'],
          ['@SUM(A1)', '+3.5'],
        ])}`,
      ),
    ).toEqual([`${FORMULA} x`, '@SUM(A1)']);
  });

  test('a page without the hostile text is not taken to show it', async ({ newContext }) => {
    expect(await showsAsText(await openCopy(newContext, '/plan/'))).toBe(false);
  });

  test('a feed with the hostile text unescaped in its html fields is read as markup', async ({ newContext, policy }) => {
    const page = await openCopy(newContext, '/changes/');
    const bad = read('changes.atom').replace(/<!\[CDATA\[更正：[^\]]*\]\]>/, `<![CDATA[${HOSTILE}]]>`);
    expect(bad).not.toBe(read('changes.atom'));
    const seen = await page.evaluate(readFeed, { xml: bad, entryId: '#hostile-change' });
    expect(seen.title?.elements).toBeGreaterThan(0);
    expect(await harmed(page)).toEqual([]); // parsing in a detached document runs nothing
    // Chromium reports the parsed handler against the page's policy: expected here, from the markup made on purpose.
    await expect.poll(() => policy.some((r) => /inline event handler/.test(r))).toBe(true);
    policy.splice(0);
  });
});
