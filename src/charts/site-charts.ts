// The charts of this build, computed once from the site data, for pages, downloads and embeds.
import { getSite } from '../lib/site';
import { charts, type Chart } from './registry';

let all: Promise<Chart[]> | undefined;
export function getCharts(): Promise<Chart[]> {
  all ??= getSite().then(charts);
  return all;
}

export async function getChart(id: string): Promise<Chart> {
  const chart = (await getCharts()).find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return chart;
}
