// The briefing pack: the rows a reader has filtered, as one ZIP with the CSV, the JSON, the citation and
// the data dictionary, and the same rows as a plain CSV. Each row is the table as the reader sees it (the columns
// on screen, in order, headed as on screen, with the names and clause labels shown), then the addresses of the
// clauses it cites, then the ids of /data/<dataset>.json for joining. Pure, so it is unit-tested here and run
// unchanged in the browser (fflate is small).
import { csvParseRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { BOM, csvWithBom, toCsvText, type Row } from './csv';
import { fill } from './template';

export interface BriefingInput {
  /** Dataset id, as in /data/<dataset>.json; names the files. */
  dataset: string;
  /** What the rows are, e.g. 重大项目. */
  title: string;
  /** The table as shown: its column headings and the rows shown, in order. */
  table: ShownTable;
  /** The dataset's rows (/data/<dataset>.json), which the shown rows are joined to by id. */
  raw: readonly Row[];
  /** The fields of `raw` that are ids (the row's own first), added after the columns shown. */
  idFields: readonly string[];
  /** The data dictionary (/data/<dataset>.dictionary.csv), which describes the id fields. */
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
  /** A column shown, in the pack's dictionary; filled with {label}. */
  column: string;
  /** Heading and dictionary line of the column of clause addresses after a column that cites; filled with {label}. */
  links: string;
  linksDescription: string;
  /** The README's note on the columns: shown columns first, then the ids. */
  readable: string;
}

/** One row as shown: its id, each cell's text, and the absolute addresses of the plan clauses each cell links to. */
export interface ShownRow {
  id: string;
  cells: readonly string[];
  clauseUrls: readonly (readonly string[])[];
}

export interface ShownTable {
  columns: readonly string[];
  rows: readonly ShownRow[];
}

/** A cell's text as read: runs of white space become one space, and none is left around the list mark “、”. */
export function cellText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?、 ?/g, '、')
    .trim();
}

/** The rows of the pack: the columns shown, a column of clause addresses after each that cites, then the ids. */
export function packTable(input: Pick<BriefingInput, 'table' | 'raw' | 'idFields' | 'words'>): { fields: string[]; rows: Row[] } {
  const { table, raw, idFields, words } = input;
  const cites = table.columns.map((_, i) => table.rows.some((r) => (r.clauseUrls[i]?.length ?? 0) > 0));
  const fields = table.columns.flatMap((label, i) => (cites[i] ? [label, fill(words.links, { label })] : [label]));
  const byId = new Map(raw.map((r) => [r['id'], r]));
  const rows = table.rows.map((shown) => {
    const row: Row = {};
    table.columns.forEach((label, i) => {
      row[label] = shown.cells[i] ?? '';
      if (cites[i]) row[fill(words.links, { label })] = (shown.clauseUrls[i] ?? []).join(' ');
    });
    const data = byId.get(shown.id) ?? { id: shown.id };
    for (const f of idFields) row[f] = data[f];
    return row;
  });
  return { fields: [...fields, ...idFields.filter((f) => !fields.includes(f))], rows };
}

/** The pack's data dictionary: a line for each column shown and each column of addresses, then the ids' own lines. */
function packDictionary(input: BriefingInput, fields: readonly string[]): string {
  const [head = [], ...lines] = csvParseRows(
    input.dictionaryCsv.startsWith(BOM) ? input.dictionaryCsv.slice(BOM.length) : input.dictionaryCsv,
  );
  const own = new Map(lines.map((l) => [l[0]!, l]));
  const w = input.words;
  const shown = input.table.columns.flatMap((label) => {
    const line = [label, 'string', '', fill(w.column, { label })];
    const links = fill(w.links, { label });
    return fields.includes(links) ? [line, [links, 'string', '', fill(w.linksDescription, { label })]] : [line];
  });
  return csvWithBom([head, ...shown, ...input.idFields.map((f) => own.get(f) ?? [f])]);
}

/** The rows shown as one CSV (UTF-8 with BOM), as in the pack. */
export function packCsv(input: Pick<BriefingInput, 'table' | 'raw' | 'idFields' | 'words'>): string {
  const { fields, rows } = packTable(input);
  return toCsvText(fields, rows);
}

/** The dictionary's field names, in order (first column after the header; the BOM is skipped). */
export function dictionaryFields(dictionaryCsv: string): string[] {
  return csvParseRows(dictionaryCsv.startsWith(BOM) ? dictionaryCsv.slice(BOM.length) : dictionaryCsv)
    .slice(1)
    .map((row) => row[0]!);
}

export const packName = (input: Pick<BriefingInput, 'dataset' | 'date'>, ext: 'zip' | 'csv' = 'zip') =>
  `yuecheng-1616-${input.dataset}-${input.date}.${ext}`;

/** The pack's files as text, by name. */
export function briefingFiles(input: BriefingInput): Record<string, string> {
  const w = input.words;
  const { fields, rows } = packTable(input);
  const readme = [
    fill(w.heading, { title: input.title, n: rows.length }),
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
    w.readable,
    '',
    ...input.terms,
  ].join('\n');
  return {
    'README.txt': readme + '\n',
    [`${input.dataset}.csv`]: toCsvText(fields, rows),
    [`${input.dataset}.json`]: JSON.stringify(rows, null, 2) + '\n',
    'data-dictionary.csv': packDictionary(input, fields),
    'citation.txt': `${w.citationZh}\n${input.citation.zh}\n\nGB/T 7714\n${input.citation.gbt}\n`,
  };
}

export function briefingPack(input: BriefingInput): Uint8Array {
  const files = briefingFiles(input);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
