// An industry's or programme's own targets on its page, grouped by unit so each unit has its own scale. With more
// targets than CHART_CAP it draws the largest of each unit and one row for the rest, which links to its targets in
// the list.
import { t } from '../../i18n';
import { capGroups } from '../../lib/chart-cap';
import { formatCount } from '../../lib/format';
import { formatTargetValue, formatUnit } from '../../i18n/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import type { Entry } from '../../lib/types';
import { bars } from '../bars';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { targetCells, targetClauses, targetDatum } from './target-rows';

function entityTargets(site: Site, id: string, name: string, page: string, owner: string, list: Entry<'targets'>[]): Chart {
  const units = [...new Set(list.map((x) => x.data.unit))];
  const byUnit = units.map((u) => list.filter((x) => x.data.unit === u).sort((a, b) => b.data.value - a.data.value));
  const sorted = byUnit.flat();
  const capped = capGroups(byUnit);
  const shown = capped.shown.flat();
  const rest = capped.rest
    ? { label: t('chart.cap.restTargets', { rest: formatCount(capped.rest) }), href: paths.targetsOwnedBy(owner) }
    : undefined;
  const title = t('chart.entityTargets.title', { name });
  const caption = t('chart.entityTargets.caption', { name, n: formatCount(list.length) });
  const row = (x: Entry<'targets'>) => [...targetCells(x), targetClauses(site, x)];
  const drawn = shown.map((x) => `${x.data.label}${t('punct.colon')}${formatTargetValue(x.data)}`);
  return {
    id,
    kind: 'bars',
    title,
    caption,
    sources: [...new Set(list.map((x) => x.data.sources[0]!))],
    page,
    svg: bars(
      shown.map((x) => ({
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
        description: (rest ? [...drawn, rest.label] : drawn).join(t('list.semicolon')),
        separator: t('punct.colon'),
        rest,
      },
    ),
    table: {
      columns: [t('table.target'), t('table.value'), t('table.timing'), t('table.source')],
      rows: sorted.map(row),
    },
    ...(rest && {
      summary: {
        caption: t('chart.cap.byUnit', { caption, shown: formatCount(shown.length), rest: formatCount(capped.rest) }),
        rows: [...shown.map(row), [rest.label, '', '', '']],
        hrefs: [...shown.map((x) => site.targetHref(x.id)), rest.href],
      },
    }),
    data: sorted.map(targetDatum),
  };
}

export function entityTargetCharts(site: Site): Chart[] {
  return [
    ...site.industries.flatMap((i) => {
      const list = site.targetsOfIndustry(i.id);
      return list.length ? [entityTargets(site, chartIds.industryTargets(i.id), i.data.name, paths.industry(i.id), i.id, list)] : [];
    }),
    ...site.programmes.flatMap((p) => {
      const list = site.targetsOfProgramme(p.id);
      return list.length ? [entityTargets(site, chartIds.programmeTargets(p.id), p.data.name, paths.programme(p.id), p.id, list)] : [];
    }),
  ];
}
