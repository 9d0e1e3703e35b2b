// The home page's "1616" structure: the model zone, the six industries in two groups, the value-added target and
// the six programmes, as a tree.
import { t } from '../../i18n';
import { formatCount } from '../../lib/format';
import { formatHedgedValue } from '../../i18n/format';
import { paths } from '../../lib/paths';
import type { Site } from '../../lib/relations';
import type { Chart } from '../chart';
import { chartIds } from '../ids';
import { tree, type TreeNode } from '../tree';

export function structureChart(site: Site): Chart {
  const id = chartIds.structure;
  const headline = site.headline;
  const group = (g: 'consumer' | 'producer'): TreeNode => {
    const list = site.industries.filter((i) => i.data.group === g);
    return {
      label: t('chart.structure.group', { label: t(`group.${g}`), n: formatCount(list.length) }),
      tone: 1,
      children: list.map((i) => ({ label: i.data.name, href: paths.industry(i.id), tone: 1 })),
    };
  };
  const root: TreeNode = {
    label: t('chart.structure.root'),
    href: paths.paragraph('s1-2'),
    tone: 3,
    children: [
      { label: t('chart.structure.model'), href: paths.paragraph('s1-2-p2'), tone: 2 },
      {
        label: t('chart.structure.industries', { n: formatCount(site.industries.length) }),
        href: paths.industries(),
        tone: 1,
        children: [group('consumer'), group('producer')],
      },
      {
        label: t('chart.structure.valueAdded'),
        note: formatHedgedValue(headline.data),
        href: site.targetHref(headline.id),
        tone: 0,
      },
      {
        label: t('chart.structure.programmes', { n: formatCount(site.programmes.length) }),
        href: paths.programmes(),
        tone: 2,
        children: site.programmes.map((p) => ({ label: p.data.name, href: paths.programme(p.id), tone: 2 })),
      },
    ],
  };
  const rows: (string | number)[][] = [];
  const walk = (n: TreeNode, depth: number, parent: string) => {
    rows.push([depth, n.label + (n.note ? ` ${n.note}` : ''), parent, n.href ?? '']);
    n.children?.forEach((c) => walk(c, depth + 1, n.label));
  };
  walk(root, 0, '');
  const title = t('chart.structure.title');
  return {
    id,
    kind: 'tree',
    title,
    caption: t('chart.structure.caption'),
    sources: ['s1-2-p2', 's1-2-p3', 's1-2-p4', 's1-2-p5'],
    page: paths.home(),
    svg: tree(root, {
      id,
      title,
      description: t('chart.structure.description', {
        industries: formatCount(site.industries.length),
        programmes: formatCount(site.programmes.length),
      }),
    }),
    table: { columns: [t('chart.col.level'), t('chart.col.name'), t('chart.col.parent'), t('chart.col.link')], rows },
    data: root,
  };
}
