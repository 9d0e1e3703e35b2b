// Every chart's downloads exist and parse, in both languages: CSV with a BOM (Excel reads the Chinese), JSON, and the
// SVG that the page draws inline; each language's pages link their own.
import fs from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { inLocale } from '../../src/i18n';
import { englishInput } from '../../src/i18n/english-input';
import { localizeSite } from '../../src/lib/localize';
import { localizeLinks, localizedPath, paths } from '../../src/lib/paths';
import { CHART_CSS, CHART_PAGE_CSS } from '../../src/charts/svg';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { builtPages } from './dist';

const site = buildSite(loadContent().collections);
const english = localizeSite(site, englishInput());
const all = [
  ...charts(site).map((chart) => ({ chart, locale: 'zh-CN' as const })),
  ...inLocale('en', () => charts(english)).map((chart) => ({ chart, locale: 'en' as const })),
];

test.each(all)('$chart.id ($locale): CSV, JSON and SVG downloads match the chart, and its page links them', ({ chart, locale }) => {
  const file = (ext: 'csv' | 'json' | 'svg') => `dist${paths.chartFile(chart.id, ext, locale)}`;
  const csv = fs.readFileSync(file('csv'), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = csvParseRows(csv.slice(1));
  expect(rows[0]).toEqual(chart.table.columns);
  expect(rows.slice(1)).toEqual(chart.table.rows.map((r) => r.map(String)));
  const json = JSON.parse(fs.readFileSync(file('json'), 'utf8')) as { id: string; title: string; sources: string[] };
  expect(json.id).toBe(chart.id);
  expect(json.title).toBe(chart.title);
  expect(json.sources).toEqual(chart.sources);
  // Its links lead to the pages of its language (/en/plan/… in English), as in the page.
  const svg = localizeLinks(chart.svg, locale);
  expect(fs.readFileSync(file('svg'), 'utf8')).toContain(svg);
  // The page carries the same SVG text, inline, but for the font rule: in the page the chart takes the page's font.
  const page = fs.readFileSync(builtPages().get(localizedPath(chart.page, locale, '/'))!, 'utf8');
  expect(page).toContain(svg.replace(CHART_CSS, CHART_PAGE_CSS));
  for (const ext of ['csv', 'json', 'svg'] as const) expect(page).toContain(`href="${paths.chartFile(chart.id, ext, locale)}"`);
  expect(CHART_PAGE_CSS.length).toBeLessThan(CHART_CSS.length);
});
