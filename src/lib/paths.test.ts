import { expect, test } from 'vitest';
import { localeOfPath, localizedPath, localizeLinks, paths, portalUrl, unlocalizedPath } from './paths';

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

test('a paginated list keeps page 1 at its own address, and a target links into the page that holds it', () => {
  expect(paths.listPage(paths.projects(), 1)).toBe('/projects/');
  expect(paths.listPage(paths.projects(), 3)).toBe('/projects/page/3/');
  expect(paths.target('services-share')).toBe('/targets/#services-share');
  expect(paths.target('services-share', 2)).toBe('/targets/page/2/#services-share');
  expect(localizedPath(paths.listPage(paths.targets(), 2), 'en')).toBe('/en/targets/page/2/');
});
