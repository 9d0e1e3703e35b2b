// /projects/: how the planned investment and the planned number of major projects divide among the three
// categories, one square per 10亿元 or per project.
import { t } from '../../i18n';
import { formatCount } from '../../lib/format';
import { formatAmount, formatTargetValue } from '../../i18n/format';
import { paths } from '../../lib/paths';
import { TARGET_UNIT } from '../../schemas/target';
import type { Site } from '../../lib/relations';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { waffle } from '../waffle';

/** One square of the investment waffle, in 亿元. */
const WAFFLE_UNIT_YI = 10;
const TONES = [1, 0, 2];

export function projectWaffleCharts(site: Site): Chart[] {
  const cats = site.categories.filter((c) => c.count && c.investment);
  const totalInvest = site.projectTotals.investment!;
  const totalCount = site.projectTotals.count!;
  const rows = cats.map((c) => [
    c.entry.data.fullName,
    formatTargetValue(c.count!.data),
    formatTargetValue(c.investment!.data),
    formatCount(c.projects.length),
    site.label(c.entry.data.source),
  ]);
  const table = {
    columns: [
      t('chart.col.category'),
      t('chart.col.projectCount'),
      t('chart.col.investment'),
      t('chart.col.namedProjects'),
      t('table.source'),
    ],
    rows,
  };
  const data = cats.map((c) => ({
    id: c.entry.id,
    name: c.entry.data.fullName,
    projects: c.count!.data.value,
    investmentYi: c.investment!.data.value,
    investmentComparator: c.investment!.data.comparator,
    namedProjects: c.projects.map((p) => p.id),
  }));
  const sources = [...cats.map((c) => c.entry.data.source), ...totalInvest.data.sources];
  const square = formatAmount(WAFFLE_UNIT_YI, TARGET_UNIT.amount);
  const investment = chartIds.projectInvestment;
  const counts = chartIds.projectCounts;
  return [
    {
      id: investment,
      kind: 'waffle',
      title: t('chart.investment.title'),
      caption: t('chart.investment.caption', { total: formatTargetValue(totalInvest.data), square }),
      sources,
      page: paths.projects(),
      svg: waffle(
        cats.map((c, i) => ({
          label: c.entry.data.fullName,
          count: c.investment!.data.value / WAFFLE_UNIT_YI,
          totalLabel: formatTargetValue(c.investment!.data),
          href: paths.projectCategory(c.entry.id),
          tone: TONES[i] ?? 0,
        })),
        {
          id: investment,
          title: t('chart.investment.title'),
          description: rows.map((r) => t('chart.investment.item', { name: r[0]!, value: r[2]! })).join(t('list.semicolon')),
          unitLabel: square,
          separator: t('punct.colon'),
        },
      ),
      table,
      data,
    },
    {
      id: counts,
      kind: 'waffle',
      title: t('chart.counts.title'),
      caption: t('chart.counts.caption', {
        total: formatTargetValue(totalCount.data),
        each: cats.map((c) => formatTargetValue(c.count!.data)).join(t('list.separator')),
      }),
      sources,
      page: paths.projects(),
      svg: waffle(
        cats.map((c, i) => ({
          label: c.entry.data.fullName,
          count: c.count!.data.value,
          totalLabel: formatTargetValue(c.count!.data),
          href: paths.projectCategory(c.entry.id),
          tone: TONES[i] ?? 0,
        })),
        {
          id: counts,
          title: t('chart.counts.title'),
          description: rows.map((r) => `${r[0]}${r[1]}`).join(t('list.semicolon')),
          unitLabel: t('chart.counts.square'),
        },
      ),
      table,
      data,
    },
  ];
}
