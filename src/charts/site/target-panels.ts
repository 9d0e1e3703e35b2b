// /targets/: every target in three panels by kind of figure (amounts, shares, counts), largest first; a panel with more
// targets than CHART_CAP draws the largest and one row for the rest, which links to the list of that kind.
import { t } from '../../i18n';
import { capRows } from '../../lib/chart-cap';
import { formatCount } from '../../lib/format';
import { formatTargetValue } from '../../i18n/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import { targetKind } from '../../lib/target-kinds';
import { bars, type Bar } from '../bars';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { targetCells, targetClauses, targetDatum } from './target-rows';

const PANELS = [
  { kind: 'amount', title: 'chart.targets.amount', note: 'chart.targets.sameScale' },
  { kind: 'share', title: 'chart.targets.share', note: 'chart.targets.sameScale' },
  { kind: 'count', title: 'chart.targets.count', note: 'chart.targets.countNote' },
] as const;

export function targetPanelCharts(site: Site): Chart[] {
  const owner = (x: Site['targets'][number]) => site.ownerOfTarget(x).label ?? t('owner.plan');
  return PANELS.map((k) => {
    const id = chartIds.targetPanel(k.kind);
    const title = t(k.title);
    const list = site.targets.filter((x) => targetKind(x.data.unit) === k.kind).sort((a, b) => b.data.value - a.data.value);
    const row = (x: Site['targets'][number]) => [...targetCells(x), owner(x), targetClauses(site, x)];
    const { shown, rest } = capRows(list);
    const data: Bar[] = shown.map((x) => ({
      label: x.data.label,
      value: x.data.value,
      valueLabel: formatTargetValue(x.data),
      href: site.targetHref(x.id),
      tone: x.data.industry ? 0 : x.data.programme ? 1 : 2,
    }));
    const legend = [
      { label: t('owner.plan'), tone: 2 },
      { label: t('duty.industry'), tone: 0 },
      { label: t('duty.programme'), tone: 1 },
    ].filter((l) => data.some((d) => d.tone === l.tone));
    const caption = t('chart.targets.caption', { n: formatCount(list.length), title, note: t(k.note) });
    const restRow = rest
      ? { label: t('chart.cap.restTargets', { rest: formatCount(rest) }), href: paths.targetsOfKind(k.kind) }
      : undefined;
    return {
      id,
      kind: 'bars',
      title,
      caption,
      sources: [...new Set(list.map((x) => x.data.sources[0]!))],
      page: paths.targets(),
      svg: bars(data, {
        separator: t('punct.colon'),
        id,
        title,
        description: t('chart.targets.description', {
          n: formatCount(list.length),
          label: data[0]?.label ?? '',
          value: data[0]?.valueLabel ?? '',
        }),
        legend,
        rest: restRow,
      }),
      table: {
        columns: [t('table.target'), t('table.value'), t('table.timing'), t('table.owner'), t('table.source')],
        rows: list.map(row),
      },
      ...(restRow && {
        summary: {
          caption: t('chart.cap.largest', { caption, shown: formatCount(shown.length), rest: formatCount(rest) }),
          rows: [...shown.map(row), [restRow.label, '', '', '', '']],
          hrefs: [...data.map((d) => d.href!), restRow.href],
        },
      }),
      data: list.map((x) => ({ ...targetDatum(x), owner: owner(x), sources: x.data.sources })),
    };
  });
}
