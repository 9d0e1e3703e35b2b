// The briefing pack: the rows a reader has filtered, as one ZIP with the CSV, the JSON, the citation and
// the data dictionary. Pure, so it is unit-tested here and run unchanged in the browser (fflate is small).
import { csvParseRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { BOM, toCsvText, type Row } from './csv';
import { fill } from './template';

export interface BriefingInput {
  /** Dataset id, as in /data/<dataset>.json; names the files. */
  dataset: string;
  /** What the rows are, e.g. 重大项目. */
  title: string;
  /** The filtered rows, in the order shown, as in /data/<dataset>.json. */
  rows: Row[];
  /** The data dictionary (/data/<dataset>.dictionary.csv); its first column orders the CSV. */
  dictionaryCsv: string;
  /** Citation of the original document and this page, in Chinese and in GB/T 7714. */
  citation: { zh: string; gbt: string };
  /** The filters in words, one per line ("类别：产业赋能型"); empty when none. */
  filters: string[];
  /** The page with its filters, so the selection can be opened again. */
  url: string;
  /** YYYY-MM-DD, the day of the download. */
  date: string;
  /** The terms of use, one paragraph a line: a heading, the data licence, how to credit, the plan text's status. */
  terms: string[];
  /** The README's own words, from the string table (pack.*). */
  words: PackWords;
}

/**
 * The words of the pack's README and citation file. `heading` is filled with {title} and {n}, `page` with {url},
 * `date` with {date}; `files` heads the list of files, each described by its entry in `file`.
 */
export interface PackWords {
  heading: string;
  filters: string;
  noFilters: string;
  page: string;
  date: string;
  files: string;
  file: { csv: string; json: string; dictionary: string; citation: string };
  note: string;
  citationZh: string;
}

/** The dictionary's field names, in order (first column after the header; the BOM is skipped). */
export function dictionaryFields(dictionaryCsv: string): string[] {
  return csvParseRows(dictionaryCsv.startsWith(BOM) ? dictionaryCsv.slice(BOM.length) : dictionaryCsv)
    .slice(1)
    .map((row) => row[0]!);
}

export const packName = (input: Pick<BriefingInput, 'dataset' | 'date'>) => `yuecheng-1616-${input.dataset}-${input.date}.zip`;

/** The pack's files as text, by name. */
export function briefingFiles(input: BriefingInput): Record<string, string> {
  const w = input.words;
  const readme = [
    fill(w.heading, { title: input.title, n: input.rows.length }),
    '',
    input.filters.length ? w.filters : w.noFilters,
    ...input.filters.map((f) => `  ${f}`),
    fill(w.page, { url: input.url }),
    fill(w.date, { date: input.date }),
    '',
    w.files,
    `  ${input.dataset}.csv  ${w.file.csv}`,
    `  ${input.dataset}.json  ${w.file.json}`,
    `  data-dictionary.csv  ${w.file.dictionary}`,
    `  citation.txt  ${w.file.citation}`,
    '',
    w.note,
    '',
    ...input.terms,
  ].join('\n');
  return {
    'README.txt': readme + '\n',
    [`${input.dataset}.csv`]: toCsvText(dictionaryFields(input.dictionaryCsv), input.rows),
    [`${input.dataset}.json`]: JSON.stringify(input.rows, null, 2) + '\n',
    'data-dictionary.csv': input.dictionaryCsv,
    'citation.txt': `${w.citationZh}\n${input.citation.zh}\n\nGB/T 7714\n${input.citation.gbt}\n`,
  };
}

export function briefingPack(input: BriefingInput): Uint8Array {
  const files = briefingFiles(input);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
