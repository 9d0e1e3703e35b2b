// How a target reads in every target chart's data table and JSON download, so the panels on /targets/ and the
// charts on industry and programme pages shape the same target the same way.
import { t } from '../../i18n';
import { formatTargetValue, formatTiming } from '../../i18n/format';
import type { Site } from '../../lib/relations';
import type { Entry } from '../../lib/types';

/** Label, figure and deadline: the first cells of a target's table row. */
export const targetCells = (x: Entry<'targets'>): string[] => [x.data.label, formatTargetValue(x.data), formatTiming(x.data)];

/** The clauses a target stands in, as citation labels. */
export const targetClauses = (site: Site, x: Entry<'targets'>): string => x.data.sources.map(site.label).join(t('list.separator'));

/** A target in a chart's JSON download. */
export const targetDatum = (x: Entry<'targets'>) => ({
  id: x.id,
  label: x.data.label,
  value: x.data.value,
  unit: x.data.unit,
  comparator: x.data.comparator,
  by: x.data.by ?? null,
  yearly: x.data.yearly,
});
