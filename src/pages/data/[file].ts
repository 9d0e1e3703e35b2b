// Open-data files: /data/<dataset>.json, .csv, .schema.json and .dictionary.csv for every dataset, the readable CSV
// of every collection (.readable.csv: names, clause labels; paths.readableCsv), and /data/plan.json.
// plan.json and the schemas carry the licence; a CSV cannot, so /data/ states it for them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceText } from '../../components/licence-text';
import { config } from '../../config';
import { inLocale, t } from '../../i18n';
import { describeField } from '../../i18n/format';
import { licenceBlock } from '../../lib/licence';
import {
  bundle,
  DATASETS,
  dictionaryCsv,
  jsonSchema,
  paragraphRows,
  readableKinds,
  rows,
  toCsv,
  toReadableCsv,
  type Dataset,
} from '../../lib/open-data';
import { paths } from '../../lib/paths';
import { readableNote, readableWords } from '../../components/readable-words';
import { getSite } from '../../i18n/site';

type Name = Dataset | 'paragraphs';
const NAMES: Name[] = [...DATASETS, 'paragraphs'];
const json = (body: unknown) => new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });

export const getStaticPaths = (() => [
  { params: { file: 'plan.json' } },
  ...NAMES.flatMap((name) => ['json', 'csv', 'schema.json', 'dictionary.csv'].map((ext) => ({ params: { file: `${name}.${ext}` } }))),
  ...DATASETS.map((name) => ({ params: { file: paths.readableCsv(name).slice(paths.dataFile('').length) } })),
  // The English options: each readable CSV and each dictionary in English.
  ...DATASETS.map((name) => ({ params: { file: paths.englishFile(paths.readableCsv(name)).slice(paths.dataFile('').length) } })),
  ...NAMES.map((name) => ({ params: { file: paths.englishFile(`${name}.dictionary.csv`) } })),
]) satisfies GetStaticPaths;

const csv = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  // An English option is the same file rendered in English.
  if (file.endsWith('.en.csv')) return inLocale('en', () => respond(file.replace(/\.en\.csv$/, '.csv')));
  return respond(file);
};

async function respond(file: string): Promise<Response> {
  const site = await getSite();
  const words = licenceText(site, config.siteUrl);
  if (file === 'plan.json') return json(bundle(site, licenceBlock(site, words)));
  const [name, ...rest] = file.split('.') as [Name, ...string[]];
  const data = name === 'paragraphs' ? paragraphRows(site) : rows(site, name);
  switch (rest.join('.')) {
    case 'json':
      return json(data);
    case 'schema.json':
      return json(jsonSchema(name, { title: t(`dataset.${name}`), licence: [words.data, words.attribution, words.planText].join('\n') }));
    case 'dictionary.csv': {
      // A collection's dictionary also says what each column of its readable CSV holds.
      const readable =
        name === 'paragraphs'
          ? undefined
          : Object.fromEntries(Object.entries(readableKinds(site, name)).map(([f, kind]) => [f, readableNote(kind)]));
      return csv(dictionaryCsv(name, { yes: t('chart.yes'), no: t('page.data.no'), describe: describeField }, readable));
    }
    case 'readable.csv':
      return csv(toReadableCsv(site, name as Dataset, readableWords()));
    default:
      return csv(toCsv(name, data));
  }
}
