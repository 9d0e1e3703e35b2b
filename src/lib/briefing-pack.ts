// The briefing pack: the rows a reader has filtered, as one ZIP with the CSV, the JSON, the citation and
// the data dictionary. Pure, so it is unit-tested here and run unchanged in the browser (fflate is small).
import { csvParseRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { BOM, toCsvText, type Row } from './csv';

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
  const readme = [
    `${input.title}：筛选结果（${input.rows.length}条）`,
    '',
    `筛选条件：${input.filters.length ? '' : '无（全部）'}`,
    ...input.filters.map((f) => `  ${f}`),
    `网页：${input.url}`,
    `下载日期：${input.date}`,
    '',
    '文件：',
    `  ${input.dataset}.csv  筛选结果（UTF-8，带 BOM，Excel 可直接打开）`,
    `  ${input.dataset}.json  同一结果的 JSON`,
    '  data-dictionary.csv  每个字段的含义',
    '  citation.txt  引文',
    '',
    '数据依据原文件逐条整理，每条都注明原文段落编号（sources 字段）；如有出入，以原文为准。',
    '',
    ...input.terms,
  ].join('\n');
  return {
    'README.txt': readme + '\n',
    [`${input.dataset}.csv`]: toCsvText(dictionaryFields(input.dictionaryCsv), input.rows),
    [`${input.dataset}.json`]: JSON.stringify(input.rows, null, 2) + '\n',
    'data-dictionary.csv': input.dictionaryCsv,
    'citation.txt': `中文引文\n${input.citation.zh}\n\nGB/T 7714\n${input.citation.gbt}\n`,
  };
}

export function briefingPack(input: BriefingInput): Uint8Array {
  const files = briefingFiles(input);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
