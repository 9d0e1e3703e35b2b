// Open-data files: /data/<dataset>.json, .csv, .schema.json and .dictionary.csv for every dataset, and /data/plan.json.
// plan.json and the schemas carry the licence; a CSV cannot, so /data/ states it for them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceText } from '../../components/licence-text';
import { t } from '../../i18n/zh-CN';
import { licenceBlock } from '../../lib/licence';
import { bundle, DATASETS, dictionaryCsv, jsonSchema, paragraphRows, rows, toCsv, type Dataset } from '../../lib/open-data';
import { getSite } from '../../lib/site';

type Name = Dataset | 'paragraphs';
const NAMES: Name[] = [...DATASETS, 'paragraphs'];
const json = (body: unknown) => new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });

export const getStaticPaths = (() => [
  { params: { file: 'plan.json' } },
  ...NAMES.flatMap((name) => ['json', 'csv', 'schema.json', 'dictionary.csv'].map((ext) => ({ params: { file: `${name}.${ext}` } }))),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: base }) => {
  const site = await getSite();
  const words = licenceText(site, base!);
  const file = params.file!;
  if (file === 'plan.json') return json(bundle(site, licenceBlock(site, words)));
  const [name, ...rest] = file.split('.') as [Name, ...string[]];
  const data = name === 'paragraphs' ? paragraphRows(site) : rows(site, name);
  switch (rest.join('.')) {
    case 'json':
      return json(data);
    case 'schema.json':
      return json(jsonSchema(name, { title: t(`dataset.${name}`), licence: [words.data, words.attribution, words.planText].join('\n') }));
    case 'dictionary.csv':
      return new Response(dictionaryCsv(name, { yes: t('chart.yes'), no: t('page.data.no') }), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
    default:
      return new Response(toCsv(name, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
};
