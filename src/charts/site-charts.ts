// The charts of this build, computed once from the site data, for pages, downloads and embeds.
import { renderLocale, type Locale } from '../i18n';
import { getSite } from '../i18n/site';
import { PAGE_SIZE } from '../lib/pagination';
import { charts, type Chart } from './registry';

const built = new Map<Locale, Promise<Chart[]>>();
/** The charts in the language of the current render, each language computed once. */
export function getCharts(): Promise<Chart[]> {
  const locale = renderLocale();
  if (!built.has(locale)) built.set(locale, getSite().then(charts));
  return built.get(locale)!;
}

export async function getChart(id: string): Promise<Chart> {
  const chart = (await getCharts()).find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return chart;
}

/** The page of the chart list (/charts/, paginated at PAGE_SIZE like every long list) that holds chart `id`. */
export async function chartListPage(id: string): Promise<number> {
  const index = (await getCharts()).findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return Math.floor(index / PAGE_SIZE) + 1;
}
