// The site built for a base path (BASE_PATH=/portal/, SITE_URL https://gov.example.cn): every address it makes, in
// both languages, in pages, feeds, the sitemap, robots.txt and the suggestion lists, carries /portal/ and leads to a
// file of that build. The variant is built once (portalVariant) and shared with tests/browser/base-path.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, expect, test } from 'vitest';
import { PORTAL, portalVariant } from './build-copy';

const { base, host } = PORTAL;
let dist = '';
let files: string[] = [];
beforeAll(() => {
  dist = portalVariant().dist;
  files = (fs.readdirSync(dist, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
});

/** The file an address under the base serves (a page's index.html, /portal/404 → 404.html), or undefined. */
function served(address: string): string | undefined {
  const pathname = decodeURIComponent(new URL(address, 'http://site').pathname);
  if (!pathname.startsWith(base)) return undefined;
  const rel = pathname.slice(base.length);
  const candidates = pathname.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}.html`];
  return candidates.map((c) => path.join(dist, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** The URLs an element carries in an attribute that the browser follows or loads. */
function urlsOf(el: HTMLElement): { attr: string; url: string }[] {
  return ['href', 'src', 'action', 'srcset', 'imagesrcset', 'poster', 'data'].flatMap((attr) => {
    const value = el.getAttribute(attr);
    if (value === undefined) return [];
    const urls = /srcset$/.test(attr) ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value];
    return urls.map((url) => ({ attr, url }));
  });
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith(`${host}/`);
/**
 * The Chinese 404 page names its own address (canonical, og:url) as /404, at the root build too: no file (its file is
 * /404.html), and harmless (the page is not indexed, and hosts serve it for any unknown address).
 */
const is404 = (page: string) => /^(en\/)?404(\.html|\/index\.html)$/.test(page);
const ownAddressOf404 = (page: string, el: HTMLElement) => is404(page) && el.getAttribute('rel') === 'canonical';

test('in every page of both languages, every internal href, src, action and srcset starts with /portal/ and resolves', () => {
  const pages = files.filter((f) => f.endsWith('.html'));
  const wrong: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set(
          parse(fs.readFileSync(file, 'utf8'))
            .querySelectorAll('[id]')
            .map((e) => e.id),
        ),
      );
    return ids.get(file)!;
  };
  let checked = 0;
  let english = 0;
  for (const page of pages) {
    const doc = parse(fs.readFileSync(path.join(dist, page), 'utf8'));
    const isEnglish = page.startsWith('en/');
    for (const el of doc.querySelectorAll('*')) {
      for (const { attr, url } of urlsOf(el)) {
        if (url.startsWith('#') || isExternal(url)) continue;
        checked++;
        const local = url.startsWith(`${host}/`) ? url.slice(host.length) : url;
        const file = served(local);
        const where = `${page}: <${el.rawTagName} ${attr}="${url}">`;
        if (!local.startsWith(base)) wrong.push(`${where} does not start with ${base}`);
        else if (!file) {
          if (!ownAddressOf404(page, el)) wrong.push(`${where} leads to no file`);
        } else if (local.includes('#') && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(local.split('#')[1]!)))
          wrong.push(`${where}: no element with that id`);
        // An English page's links lead to English pages, except those that say they lead to the Chinese (hreflang).
        if (isEnglish && el.rawTagName === 'a' && local.startsWith(base) && local.endsWith('/') && !el.hasAttribute('hreflang')) {
          english++;
          if (!local.startsWith(`${base}en/`)) wrong.push(`${where} leaves the English edition`);
        }
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(100);
  expect(checked).toBeGreaterThan(10_000);
  expect(english).toBeGreaterThan(1000);
});

test('every absolute address of the portal (canonical, hreflang, JSON-LD, citations, feeds, sitemap) is under /portal/', () => {
  const text = files.filter((f) => /\.(html|xml|atom|json|txt|csv|svg)$/.test(f) && !f.startsWith('pagefind/'));
  const wrong: string[] = [];
  const found = new Map<string, number>();
  for (const file of text) {
    const body = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const m of body.matchAll(new RegExp(`${host.replace(/\./g, '\\.')}[\\w\\-.~/?#%=+@:!$;]*`, 'g'))) {
      const address = m[0];
      found.set(file, (found.get(file) ?? 0) + 1);
      if (!address.startsWith(`${host}${base}`)) wrong.push(`${file}: ${address}`);
      else if (!served(address.slice(host.length)) && !(is404(file) && address === `${host}${base}404/`))
        wrong.push(`${file}: ${address} leads to no file`);
    }
  }
  expect(wrong).toEqual([]);
  for (const file of [
    'index.html',
    'en/plan/index.html',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'robots.txt',
    'changes.atom',
    'en/changes.atom',
  ])
    expect(found.get(file), file).toBeGreaterThan(0);
  // The English pages of dynamic routes, which the build adds to the sitemap itself (src/integrations/english-edition.ts).
  expect(fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`${host}${base}en/units/commerce-bureau/`);
});

test('robots.txt and both suggestion lists give paths under /portal/', () => {
  const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  const rules = [...robots.matchAll(/^(?:Allow|Disallow): (.*)$/gm)].map((m) => m[1]!);
  expect(rules).toEqual([base, `${base}embed/`]);
  for (const [list, prefix] of [
    ['search/suggest', base],
    ['en/search/suggest', `${base}en/`],
  ] as const) {
    // The suggestion list's entries, in however many files it is split into.
    const entries = fs
      .readdirSync(path.join(dist, list))
      .filter((f) => /^entries-\d+\.json$/.test(f))
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dist, list, f), 'utf8')) as { u: string }[]);
    expect(entries.length, list).toBeGreaterThan(100);
    expect(
      entries.filter((e) => !e.u.startsWith(prefix) || !served(e.u)).map((e) => e.u),
      list,
    ).toEqual([]);
  }
});
