// Every chart of the site, in the order pages show them. Each chart is one small definition in src/charts/site/,
// fed only from the content; ids come from ids.ts.
import type { Site } from '../lib/relations';
import type { Chart } from './chart';
import { accountabilityChart, unitDutyCharts } from './site/accountability';
import { entityTargetCharts } from './site/entity-targets';
import { projectWaffleCharts } from './site/project-waffles';
import { rhythmChart } from './site/rhythm';
import { structureChart } from './site/structure';
import { targetPanelCharts } from './site/target-panels';

export type { Chart } from './chart';

export function charts(site: Site): Chart[] {
  return [
    structureChart(site),
    rhythmChart(site),
    ...targetPanelCharts(site),
    ...projectWaffleCharts(site),
    accountabilityChart(site),
    ...entityTargetCharts(site),
    ...unitDutyCharts(site),
  ];
}
