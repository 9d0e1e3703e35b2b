// CSV as journalists open it: UTF-8 with a BOM so Excel reads the Chinese, lists joined with “；”, nested
// records as JSON text. Pure (d3-dsv only), so the build and the browser's briefing pack write the same file.
import { csvFormatRows } from 'd3-dsv';

export type Row = Record<string, unknown>;

const cell = (v: unknown) =>
  v === undefined || v === null
    ? ''
    : Array.isArray(v) && v.every((x) => typeof x !== 'object')
      ? v.join('；')
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** What a spreadsheet takes as the start of a formula (OWASP, CSV injection): =, +, -, @, a tab, a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as a spreadsheet reads it (-5, +3.2, -1,200, -4%): safe, and it must stay a number. */
const NUMBER = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * A cell that a spreadsheet would run as a formula (content is text a writer controls: a label that begins
 * =HYPERLINK(…) would become a live link in Excel), with the apostrophe OWASP recommends in front so it reads as
 * text. Numbers and every other cell are unchanged, so the real data's files stay as they were.
 */
export const inertCell = (text: string) => (FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text);

/** Rows of cells (header first) as CSV text with the BOM; no cell starts a formula. */
export function csvWithBom(rows: readonly (readonly string[])[]): string {
  return BOM + csvFormatRows(rows.map((r) => r.map(inertCell)));
}

/** The rows as CSV with the given columns, in that order. */
export function toCsvText(fields: readonly string[], rows: readonly Row[]): string {
  return csvWithBom([[...fields], ...rows.map((r) => fields.map((f) => cell(r[f])))]);
}
