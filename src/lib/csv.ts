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

/** Rows of cells (header first) as CSV text with the BOM. */
export function csvWithBom(rows: readonly (readonly string[])[]): string {
  return BOM + csvFormatRows(rows.map((r) => [...r]));
}

/** The rows as CSV with the given columns, in that order. */
export function toCsvText(fields: readonly string[], rows: readonly Row[]): string {
  return csvWithBom([[...fields], ...rows.map((r) => fields.map((f) => cell(r[f])))]);
}
