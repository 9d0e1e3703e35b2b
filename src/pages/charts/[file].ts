// Downloads of every chart: its data as CSV (UTF-8 with BOM, so Excel reads Chinese) and JSON, and the SVG.
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvWithBom } from '../../lib/csv';
import type { Chart } from '../../charts/chart';
import { getCharts } from '../../charts/site-charts';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', body: (c: Chart) => csvWithBom([c.table.columns, ...c.table.rows.map((r) => r.map(String))]) },
  json: {
    type: 'application/json',
    body: (c: Chart) => JSON.stringify({ id: c.id, title: c.title, caption: c.caption, sources: c.sources, data: c.data }, null, 2),
  },
  svg: { type: 'image/svg+xml', body: (c: Chart) => `<?xml version="1.0" encoding="UTF-8"?>\n${c.svg}\n` },
} as const;

export const getStaticPaths = (async () => {
  const charts = await getCharts();
  return charts.flatMap((chart) =>
    (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((ext) => ({ params: { file: `${chart.id}.${ext}` }, props: { chart, ext } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart, ext } = props as { chart: Chart; ext: keyof typeof FORMATS };
  return new Response(FORMATS[ext].body(chart), { headers: { 'Content-Type': FORMATS[ext].type } });
};
