// An industry's or programme's own targets on its page, grouped by unit so each unit has its own scale.
import { t } from '../../i18n';
import { formatCount } from '../../lib/format';
import { formatTargetValue, formatUnit } from '../../i18n/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import type { Entry } from '../../lib/types';
import { bars } from '../bars';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { targetCells, targetClauses, targetDatum } from './target-rows';

function entityTargets(site: Site, id: string, name: string, page: string, list: Entry<'targets'>[]): Chart {
  const units = [...new Set(list.map((x) => x.data.unit))];
  const sorted = units.flatMap((u) => list.filter((x) => x.data.unit === u).sort((a, b) => b.data.value - a.data.value));
  const title = t('chart.entityTargets.title', { name });
  return {
    id,
    kind: 'bars',
    title,
    caption: t('chart.entityTargets.caption', { name, n: formatCount(list.length) }),
    sources: [...new Set(list.map((x) => x.data.sources[0]!))],
    page,
    svg: bars(
      sorted.map((x) => ({
        label: x.data.label,
        value: x.data.value,
        valueLabel: formatTargetValue(x.data),
        href: site.targetHref(x.id),
        group: t('chart.entityTargets.group', { unit: formatUnit(x.data.unit) }),
        tone: 0,
      })),
      {
        id,
        title,
        description: sorted.map((x) => `${x.data.label}${t('punct.colon')}${formatTargetValue(x.data)}`).join(t('list.semicolon')),
        separator: t('punct.colon'),
      },
    ),
    table: {
      columns: [t('table.target'), t('table.value'), t('table.timing'), t('table.source')],
      rows: sorted.map((x) => [...targetCells(x), targetClauses(site, x)]),
    },
    data: sorted.map(targetDatum),
  };
}

export function entityTargetCharts(site: Site): Chart[] {
  return [
    ...site.industries.flatMap((i) => {
      const list = site.targetsOfIndustry(i.id);
      return list.length ? [entityTargets(site, chartIds.industryTargets(i.id), i.data.name, paths.industry(i.id), list)] : [];
    }),
    ...site.programmes.flatMap((p) => {
      const list = site.targetsOfProgramme(p.id);
      return list.length ? [entityTargets(site, chartIds.programmeTargets(p.id), p.data.name, paths.programme(p.id), list)] : [];
    }),
  ];
}
