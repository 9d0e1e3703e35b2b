// The home page's rhythm: issued, the three steps the plan names without calendar years, the target year, and the
// targets set for every year.
import { t } from '../../i18n';
import { formatCount } from '../../lib/format';
import { formatTargetValue, formatTiming } from '../../i18n/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { timeline } from '../timeline';

export function rhythmChart(site: Site): Chart {
  const id = chartIds.rhythm;
  const year = site.headline.data.by;
  const d = site.plan.data;
  const yearly = site.targets.filter((x) => x.data.yearly);
  // The plan names the three steps but not their calendar years: they are shown as it words them.
  const steps = [
    { when: d.date.text, label: t('chart.rhythm.issued'), source: d.date.source, tone: 3 },
    { when: t('chart.rhythm.year1'), label: t('chart.rhythm.step1'), source: 's1-2-p4', tone: 2 },
    { when: t('chart.rhythm.year2'), label: t('chart.rhythm.step2'), source: 's1-2-p4', tone: 2 },
    { when: t('chart.rhythm.year3'), label: t('chart.rhythm.step3'), source: 's1-2-p4', tone: 2 },
    { when: t('chart.rhythm.by', { year: year ?? '' }), label: t('chart.rhythm.goal'), source: 's1-2-p1', tone: 0 },
  ];
  const marks = steps.map((s) => ({ when: s.when, label: s.label, href: paths.paragraph(s.source), tone: s.tone }));
  const recurring = yearly.map((x) => ({ when: formatTargetValue(x.data), label: x.data.label, href: site.targetHref(x.id), tone: 1 }));
  const title = t('chart.rhythm.title');
  const description = t('chart.rhythm.description', {
    steps: steps.map((s) => `${s.when}${t('punct.colon')}${s.label}`).join(t('list.comma')),
    yearly: recurring.map((r) => `${r.label}${t('punct.colon')}${r.when}`).join(t('list.comma')),
  });
  return {
    id,
    kind: 'timeline',
    title,
    caption: t('chart.rhythm.caption', { date: d.date.text, year: year ?? '', n: formatCount(yearly.length) }),
    sources: [d.date.source, 's1-2-p1', 's1-2-p4', ...new Set(yearly.map((x) => x.data.sources[0]!))],
    page: paths.home(),
    svg: timeline(marks, recurring, { id, title, description, recurringTitle: t('format.yearly'), separator: t('punct.colon') }),
    table: {
      columns: [t('chart.col.when'), t('chart.col.what'), t('table.source')],
      rows: [
        ...steps.map((s) => [s.when, s.label, site.label(s.source)]),
        ...yearly.map((x) => [
          formatTiming(x.data),
          `${x.data.label} ${formatTargetValue(x.data)}`,
          x.data.sources.map(site.label).join(t('list.separator')),
        ]),
      ],
    },
    data: {
      steps: marks,
      yearly: yearly.map((x) => ({ id: x.id, label: x.data.label, value: x.data.value, unit: x.data.unit, comparator: x.data.comparator })),
    },
  };
}
