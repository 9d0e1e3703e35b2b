// Downloads of every chart: its data as CSV (UTF-8 with BOM, so Excel reads Chinese) and JSON, and the SVG, in each
// language (paths.chartFile: <id>.csv for the Chinese pages, <id>.en.csv for the English ones).
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvWithBom } from '../../lib/csv';
import type { Chart } from '../../charts/chart';
import { getCharts } from '../../charts/site-charts';
import { inLocale, LOCALES } from '../../i18n';
import { localizeLinks, paths, type SiteLocale } from '../../lib/paths';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', body: (c: Chart) => csvWithBom([c.table.columns, ...c.table.rows.map((r) => r.map(String))]) },
  json: {
    type: 'application/json',
    body: (c: Chart) => JSON.stringify({ id: c.id, title: c.title, caption: c.caption, sources: c.sources, data: c.data }, null, 2),
  },
  // The SVG's links lead to the pages of its language, as the same drawing's do in the English page.
  svg: {
    type: 'image/svg+xml',
    body: (c: Chart, locale: SiteLocale) => `<?xml version="1.0" encoding="UTF-8"?>\n${localizeLinks(c.svg, locale)}\n`,
  },
} as const;

export const getStaticPaths = (async () => {
  const formats = Object.keys(FORMATS) as (keyof typeof FORMATS)[];
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const charts = await inLocale(locale, getCharts);
      return charts.flatMap((chart) =>
        formats.map((ext) => ({
          params: { file: paths.chartFile(chart.id, ext, locale).split('/').pop()! },
          props: { chart, ext, locale },
        })),
      );
    }),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart, ext, locale } = props as { chart: Chart; ext: keyof typeof FORMATS; locale: SiteLocale };
  return new Response(FORMATS[ext].body(chart, locale), { headers: { 'Content-Type': FORMATS[ext].type } });
};
