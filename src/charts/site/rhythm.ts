// The home page's rhythm: issued, the three steps the plan names without calendar years, the target year, and the
// targets set for every year (with more than CHART_CAP of them, the first ones and a row for the rest, which links to
// them in the list).
import { t } from '../../i18n';
import { capRows } from '../../lib/chart-cap';
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
  const capped = capRows(yearly);
  const recurring = capped.shown.map((x) => ({
    when: formatTargetValue(x.data),
    label: x.data.label,
    href: site.targetHref(x.id),
    tone: 1,
  }));
  const rest = capped.rest
    ? { label: t('chart.cap.restTargets', { rest: formatCount(capped.rest) }), href: paths.yearlyTargets() }
    : undefined;
  const title = t('chart.rhythm.title');
  const drawn = recurring.map((r) => `${r.label}${t('punct.colon')}${r.when}`);
  const description = t('chart.rhythm.description', {
    steps: steps.map((s) => `${s.when}${t('punct.colon')}${s.label}`).join(t('list.comma')),
    yearly: (rest ? [...drawn, rest.label] : drawn).join(t('list.comma')),
  });
  const caption = t('chart.rhythm.caption', { date: d.date.text, year: year ?? '', n: formatCount(yearly.length) });
  const stepRows = steps.map((s) => [s.when, s.label, site.label(s.source)]);
  const yearlyRow = (x: Site['targets'][number]) => [
    formatTiming(x.data),
    `${x.data.label} ${formatTargetValue(x.data)}`,
    x.data.sources.map(site.label).join(t('list.separator')),
  ];
  return {
    id,
    kind: 'timeline',
    title,
    caption,
    sources: [d.date.source, 's1-2-p1', 's1-2-p4', ...new Set(yearly.map((x) => x.data.sources[0]!))],
    page: paths.home(),
    svg: timeline(marks, recurring, { id, title, description, recurringTitle: t('format.yearly'), separator: t('punct.colon'), rest }),
    table: {
      columns: [t('chart.col.when'), t('chart.col.what'), t('table.source')],
      rows: [...stepRows, ...yearly.map(yearlyRow)],
    },
    ...(rest && {
      // The first cell of a step's row is its "when", which the plan's paragraph explains; of a target's, its timing.
      summary: {
        caption: t('chart.cap.yearly', { caption, shown: formatCount(recurring.length), rest: formatCount(capped.rest) }),
        rows: [...stepRows, ...capped.shown.map(yearlyRow), [rest.label, '', '']],
        hrefs: [...marks.map((m) => m.href), ...recurring.map((r) => r.href), rest.href],
      },
    }),
    data: {
      steps: marks,
      yearly: yearly.map((x) => ({ id: x.id, label: x.data.label, value: x.data.value, unit: x.data.unit, comparator: x.data.comparator })),
    },
  };
}
