// Every chart's downloads exist and parse: CSV with a BOM (Excel reads the Chinese), JSON, and the SVG that
// the page draws inline.
import fs from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { CHART_CSS, CHART_PAGE_CSS } from '../../src/charts/svg';
import { loadContent } from '../../src/lib/load-content';
import { buildSite } from '../../src/lib/relations';
import { builtPages } from './dist';

const all = charts(buildSite(loadContent().collections));

test.each(all)('$id: CSV, JSON and SVG downloads match the chart', (chart) => {
  const csv = fs.readFileSync(`dist/charts/${chart.id}.csv`, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = csvParseRows(csv.slice(1));
  expect(rows[0]).toEqual(chart.table.columns);
  expect(rows.slice(1)).toEqual(chart.table.rows.map((r) => r.map(String)));
  const json = JSON.parse(fs.readFileSync(`dist/charts/${chart.id}.json`, 'utf8')) as { id: string; sources: string[] };
  expect(json.id).toBe(chart.id);
  expect(json.sources).toEqual(chart.sources);
  expect(fs.readFileSync(`dist/charts/${chart.id}.svg`, 'utf8')).toContain(chart.svg);
  // The page carries the same SVG text, inline, but for the font rule: in the page the chart takes the page's font.
  expect(fs.readFileSync(builtPages().get(chart.page)!, 'utf8')).toContain(chart.svg.replace(CHART_CSS, CHART_PAGE_CSS));
  expect(CHART_PAGE_CSS.length).toBeLessThan(CHART_CSS.length);
});
