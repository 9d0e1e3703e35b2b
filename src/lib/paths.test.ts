import { expect, test } from 'vitest';
import {
  basePath,
  localeOfPath,
  localizedPath,
  localizeLinks,
  outsideSitemap,
  paths,
  portalUrl,
  unlocalizedPath,
  withBase,
  withoutBase,
} from './paths';

test('a portal address is absolute once SITE_URL is known, and absent (not a placeholder host) before', () => {
  expect(portalUrl('/projects/sams-club/', 'https://1616.example.gov.cn')).toBe('https://1616.example.gov.cn/projects/sams-club/');
  expect(portalUrl('/projects/sams-club/', undefined)).toBeUndefined();
});

test('a page has its English twin under /en/, a file stays shared, and the query and fragment are kept', () => {
  expect(localizedPath('/units/commerce-bureau/', 'en')).toBe('/en/units/commerce-bureau/');
  expect(localizedPath('/', 'en')).toBe('/en/');
  expect(localizedPath('/targets/?owner=plan#services-share', 'en')).toBe('/en/targets/?owner=plan#services-share');
  expect(localizedPath('/en/plan/#s2-1-p1', 'en')).toBe('/en/plan/#s2-1-p1');
  expect(localizedPath('/en/plan/#s2-1-p1', 'zh-CN')).toBe('/plan/#s2-1-p1');
  expect(localizedPath('/data/targets.csv', 'en')).toBe('/data/targets.csv');
  expect(localizedPath('/changes.atom', 'en')).toBe('/en/changes.atom');
  expect(localizedPath('https://www.sxyc.gov.cn/', 'en')).toBe('https://www.sxyc.gov.cn/');
  expect(unlocalizedPath('/en/')).toBe('/');
  expect(unlocalizedPath('/enterprise/')).toBe('/enterprise/');
  expect(localeOfPath('/en/units/')).toBe('en');
  expect(localeOfPath('/units/')).toBe('zh-CN');
});

test('an English page links to English pages, except where a link says it leads to the Chinese', () => {
  const html =
    '<a href="/units/">x</a><a href="/units/" hreflang="zh-CN">中文</a><form action="/search/" method="get"></form>' +
    '<a href="/data/units.csv">csv</a><link rel="alternate" type="application/atom+xml" href="/changes.atom" /><p>href="/units/"</p>';
  expect(localizeLinks(html, 'en')).toBe(
    '<a href="/en/units/">x</a><a href="/units/" hreflang="zh-CN">中文</a><form action="/en/search/" method="get"></form>' +
      '<a href="/data/units.csv">csv</a><link rel="alternate" type="application/atom+xml" href="/en/changes.atom" /><p>href="/units/"</p>',
  );
  expect(localizeLinks(html, 'zh-CN')).toBe(html);
});

test('BASE_PATH in any spelling is one base path, and unset is the root', () => {
  for (const value of ['portal', '/portal', '/portal/', ' portal/ ']) expect(basePath(value)).toBe('/portal/');
  expect(basePath('gov/portal')).toBe('/gov/portal/');
  for (const value of [undefined, '', '/']) expect(basePath(value)).toBe('/');
});

test('under a base path a site path gains it and loses it again; other addresses stay', () => {
  const base = '/portal/';
  expect(withBase('/plan/#s1', base)).toBe('/portal/plan/#s1');
  expect(withBase('/', base)).toBe('/portal/');
  for (const other of ['https://www.sxyc.gov.cn/', '//cdn.example.org/x.js', '#main', 'units.dictionary.csv'])
    expect(withBase(other, base)).toBe(other);
  expect(withoutBase('/portal/plan/#s1', base)).toBe('/plan/#s1');
  expect(withoutBase('/portal', base)).toBe('/');
  expect(withoutBase('/portals/', base)).toBe('/portals/');
  // At the root (the tests' own build) nothing changes.
  expect(withBase('/plan/')).toBe('/plan/');
  expect(paths.plan()).toBe('/plan/');
});

test('under a base path the English twin sits under base + /en/, and the 404 and shared files keep their places', () => {
  const base = '/portal/';
  expect(localizedPath('/portal/units/?q=x#a', 'en', base)).toBe('/portal/en/units/?q=x#a');
  expect(localizedPath('/portal/', 'en', base)).toBe('/portal/en/');
  expect(localizedPath('/portal/en/units/', 'zh-CN', base)).toBe('/portal/units/');
  expect(localizedPath('/portal/search/suggest/index.json', 'en', base)).toBe('/portal/en/search/suggest/index.json');
  expect(localizedPath('/portal/data/units.csv', 'en', base)).toBe('/portal/data/units.csv');
  expect(localizedPath('/portal/404', 'en', base)).toBe('/portal/en/404/');
  expect(localizedPath('/portal/en/404/', 'zh-CN', base)).toBe('/portal/404');
  // An address outside the base is not the site's: left alone.
  expect(localizedPath('/units/', 'en', base)).toBe('/units/');
  expect(unlocalizedPath('/portal/en/units/', base)).toBe('/portal/units/');
  expect(unlocalizedPath('/portal/en', base)).toBe('/portal/');
  expect(localeOfPath('/portal/en/plan/', base)).toBe('en');
  expect(localeOfPath('/portal/plan/', base)).toBe('zh-CN');
  expect(localeOfPath('/en/plan/', base)).toBe('zh-CN');
  expect(outsideSitemap('/portal/en/search/', base)).toBe(true);
  expect(outsideSitemap('/portal/embed/plan-rhythm/', base)).toBe(true);
  expect(outsideSitemap('/portal/en/plan/', base)).toBe(false);
});

test('a paginated list keeps page 1 at its own address, and a target links into the page that holds it', () => {
  expect(paths.listPage(paths.projects(), 1)).toBe('/projects/');
  expect(paths.listPage(paths.projects(), 3)).toBe('/projects/page/3/');
  expect(paths.target('services-share')).toBe('/targets/#services-share');
  expect(paths.target('services-share', 2)).toBe('/targets/page/2/#services-share');
  expect(localizedPath(paths.listPage(paths.targets(), 2), 'en')).toBe('/en/targets/page/2/');
  // A list path under a base path keeps one base.
  expect(paths.listPage(withBase('/projects/', '/portal/'), 2)).toBe('/portal/projects/page/2/');
});

test("a file's English option sits beside it, for data files and chart downloads alike", () => {
  expect(paths.englishFile('targets.dictionary.csv')).toBe('targets.dictionary.en.csv');
  expect(paths.englishFile('/data/targets.readable.csv')).toBe('/data/targets.readable.en.csv');
  expect(paths.chartFile('accountability', 'svg')).toBe('/charts/accountability.svg');
  expect(paths.chartFile('accountability', 'svg', 'en')).toBe('/charts/accountability.en.svg');
  expect(paths.chartFile('accountability', 'json', 'en')).toBe('/charts/accountability.en.json');
});
