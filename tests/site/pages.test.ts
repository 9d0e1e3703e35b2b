// The build produced a page for every entity, each with the metadata every page must carry.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { paths } from '../../src/lib/paths';
import { correctionHref } from '../../src/config';
import { builtPages, documentOf } from './dist';

const { collections } = loadContent();
let pages: Map<string, string>;
beforeAll(() => {
  pages = builtPages();
  if (!pages.has('/')) throw new Error('dist/ is missing: run `npm run build` first');
});

const expected = [
  '/',
  paths.plan(),
  paths.industries(),
  paths.programmes(),
  paths.platforms(),
  paths.projects(),
  paths.targets(),
  paths.units(),
  paths.glossary(),
  paths.measures(),
  paths.about(),
  paths.data(),
  paths.compare(),
  paths.explainer(),
  paths.questions(),
  paths.changes(),
  '/404',
  ...collections.industries.map((e) => paths.industry(e.id)),
  ...collections.programmes.map((e) => paths.programme(e.id)),
  ...collections.platforms.map((e) => paths.platform(e.id)),
  ...collections.projects.map((e) => paths.project(e.id)),
  ...collections.units.map((e) => paths.unit(e.id)),
];

test('every entity has its page', () => {
  const missing = expected.filter((p) => !pages.has(p));
  expect(missing).toEqual([]);
});

test('every target, glossary term and measure has its anchor', () => {
  const anchors = (url: string) =>
    new Set(
      documentOf(pages.get(url)!)
        .querySelectorAll('[id]')
        .map((e) => e.id),
    );
  const targets = anchors(paths.targets());
  for (const t of collections.targets) expect(targets.has(t.id), t.id).toBe(true);
  const terms = anchors(paths.glossary());
  for (const g of collections.glossary) expect(terms.has(g.id), g.id).toBe(true);
  const measures = anchors(paths.measures());
  for (const m of collections.measures) expect(measures.has(m.id), m.id).toBe(true);
});

test('no two pages share a title or a description, so a tab, a bookmark or a search result says which page it is', () => {
  const seen = (pick: (doc: ReturnType<typeof documentOf>) => string) => {
    const by = new Map<string, string[]>();
    for (const url of expected) {
      const key = pick(documentOf(pages.get(url)!));
      by.set(key, [...(by.get(key) ?? []), url]);
    }
    return [...by].filter(([, urls]) => urls.length > 1);
  };
  expect(seen((d) => d.querySelector('title')!.text)).toEqual([]);
  expect(seen((d) => d.querySelector('meta[name="description"]')!.getAttribute('content')!)).toEqual([]);
});

describe('every page', () => {
  test.each(expected)('%s carries language, title, description, canonical, Open Graph, header and source footer', (url) => {
    const doc = documentOf(pages.get(url)!);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    // The title names what the page is about: its heading (the home page's heading is the site's name).
    expect(doc.querySelector('title')!.text).toContain(doc.querySelector('h1')!.text.trim());
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    if (url !== '/404') expect(new URL(canonical).pathname).toBe(url);
    for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
      expect(doc.querySelector(`meta[property="${p}"]`), p).not.toBeNull();
    }
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('header nav')).not.toBeNull();
    expect(doc.querySelector('footer')!.text).toContain('越政发〔2023〕14号');
    // Every page offers a way to report a mistake, to the one configured address.
    expect(doc.querySelector('footer a[data-correction]')!.getAttribute('href')).toBe(correctionHref({ url: canonical, title: '' }));
    if (url !== '/' && url !== '/404') expect(doc.querySelector('nav[aria-label="当前位置"]'), 'breadcrumbs').not.toBeNull();
  });
});

const ldOf = (url: string) =>
  documentOf(pages.get(url)!)
    .querySelectorAll('script[type="application/ld+json"]')
    .map(
      (s) =>
        JSON.parse(s.text) as {
          '@type': string;
          isBasedOn?: { legislationIdentifier: string };
          about?: { '@type': string; name: string; alternateName?: string[] };
        },
    );

test('every indexable page describes itself as a WebPage based on the plan, in schema.org JSON-LD', () => {
  for (const url of expected.filter((u) => u !== '/404')) {
    const page = ldOf(url).find((ld) => ld['@type'] === 'WebPage');
    expect(page?.isBasedOn?.legislationIdentifier, url).toBe('越政发〔2023〕14号');
  }
  expect(ldOf('/404')).toEqual([]);
});

test('entity pages say what they are about: units as organisations with the plan’s spellings, projects, places', () => {
  const about = (url: string) => ldOf(url).find((ld) => ld['@type'] === 'WebPage')!.about;
  for (const u of collections.units) {
    expect(about(paths.unit(u.id)), u.id).toMatchObject({
      '@type': u.data.kind === 'state-owned-group' ? 'Organization' : 'GovernmentOrganization',
      name: u.data.name,
    });
  }
  expect(about(paths.unit('economy-it-bureau'))!.alternateName).toEqual(['区经信局<区金融办>']);
  for (const p of collections.projects) expect(about(paths.project(p.id)), p.id).toEqual({ '@type': 'Project', name: p.data.name });
  for (const p of collections.platforms) expect(about(paths.platform(p.id))!['@type']).toBe('Place');
  expect(about(paths.industry('modern-finance'))!.name).toBe('现代金融');
});
