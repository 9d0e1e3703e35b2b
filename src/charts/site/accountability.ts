// /units/ and each unit's page: which units the plan names for which industry, programme and project category.
// One matrix computed here; the site-wide chart and each unit's one-row chart both read it. With more units than
// CHART_CAP, the site-wide chart draws those named for the most and one row for the rest, which links to /units/.
import { t } from '../../i18n';
import { capRows, CHART_CAP } from '../../lib/chart-cap';
import { formatCount } from '../../lib/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { matrix } from '../matrix';

interface Column {
  key: string;
  label: string;
  href: string;
  tone: number;
}

/** Columns (industries, programmes, categories), the units named at least once, and who is named where. */
export function accountabilityMatrix(site: Site) {
  const columns: Column[] = [
    ...site.industries.map((i) => ({ key: `industry:${i.id}`, label: i.data.name, href: paths.industry(i.id), tone: 1 })),
    ...site.programmes.map((p) => ({ key: `programme:${p.id}`, label: p.data.shortName, href: paths.programme(p.id), tone: 2 })),
    ...site.categories.map((c) => ({
      key: `projectCategory:${c.entry.id}`,
      label: c.entry.data.name,
      href: paths.projectCategory(c.entry.id),
      tone: 0,
    })),
  ];
  const units = site.units.filter((u) => site.duties.get(u.id)!.length > 0);
  const cells = units.map((u) => {
    const named = new Set(site.duties.get(u.id)!.map((d) => `${d.kind}:${d.id}`));
    return columns.map((c) => named.has(c.key));
  });
  return { columns, units, cells };
}

export function accountabilityChart(site: Site): Chart {
  const id = chartIds.accountability;
  const { columns, units, cells } = accountabilityMatrix(site);
  const all = units.map((u, i) => ({ u, row: cells[i]! }));
  // Most items first (a stable sort keeps the units' order among equals); at the real size every unit is drawn,
  // in the units' own order.
  const ticks = (r: { row: boolean[] }) => r.row.filter(Boolean).length;
  const capped = capRows(all.length > CHART_CAP ? [...all].sort((a, b) => ticks(b) - ticks(a)) : all);
  const rest = capped.rest ? { label: t('chart.cap.restUnits', { rest: formatCount(capped.rest) }), href: paths.units() } : undefined;
  const matrixData = {
    rows: capped.shown.map(({ u }) => ({ label: u.data.name, href: paths.unit(u.id) })),
    columns,
    cells: capped.shown.map(({ row }) => row),
  };
  const words = {
    title: t('chart.accountability.title'),
    description: t('chart.accountability.description', { units: formatCount(capped.shown.length), columns: formatCount(columns.length) }),
    rest,
  };
  const tableRow = ({ u, row }: { u: (typeof units)[number]; row: boolean[] }) => [
    u.data.name,
    ...row.map((x) => (x ? t('chart.yes') : '')),
  ];
  const caption = t('chart.accountability.caption', { n: formatCount(units.length) });
  return {
    id,
    kind: 'matrix',
    title: words.title,
    caption,
    // Every clause with a 责任单位 list, in the plan's order.
    sources: [...site.blocks.keys()].filter((p) => site.clauseUnits(p).length > 0),
    page: paths.units(),
    svg: matrix(matrixData, { id, ...words }),
    narrowSvg: matrix(matrixData, { id: `${id}-narrow`, ...words, rowLabels: 'above' }),
    table: {
      columns: [t('chart.col.unit'), ...columns.map((c) => c.label)],
      rows: all.map(tableRow),
    },
    ...(rest && {
      summary: {
        caption: t('chart.cap.units', { caption, shown: formatCount(capped.shown.length), rest: formatCount(capped.rest) }),
        rows: [...capped.shown.map(tableRow), [rest.label, ...columns.map(() => '')]],
        hrefs: [...capped.shown.map(({ u }) => paths.unit(u.id)), rest.href],
      },
    }),
    data: units.map((u, i) => ({ unit: u.id, name: u.data.name, named: columns.filter((_, j) => cells[i]![j]).map((c) => c.key) })),
  };
}

/** Each named unit's own row of the matrix, on its page. */
export function unitDutyCharts(site: Site): Chart[] {
  const { columns, units, cells } = accountabilityMatrix(site);
  return units.map((u, i) => {
    const id = chartIds.unitDuties(u.id);
    const row = cells[i]!;
    const title = t('chart.unitDuties.title', { name: u.data.name });
    const labels = columns.map((c) => c.label);
    return {
      id,
      kind: 'matrix',
      title,
      caption: t('chart.unitDuties.caption', { name: u.data.name, n: formatCount(row.filter(Boolean).length) }),
      sources: [...new Set(site.duties.get(u.id)!.map((d) => d.source))],
      page: paths.unit(u.id),
      svg: matrix(
        { rows: [{ label: u.data.name }], columns: columns.map((c) => ({ label: c.label, tone: c.tone })), cells: [row] },
        {
          id,
          title,
          description: t('chart.unitDuties.description', { list: labels.filter((_, j) => row[j]).join(t('list.separator')) }),
          rowLabels: 'above',
        },
      ),
      table: { columns: [t('chart.col.unit'), ...labels], rows: [[u.data.name, ...row.map((x) => (x ? t('chart.yes') : ''))]] },
      data: { unit: u.id, named: labels.filter((_, j) => row[j]) },
    };
  });
}
