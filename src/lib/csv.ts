// CSV as journalists open it: UTF-8 with a BOM so Excel reads the Chinese, lists joined with “；”, nested
// records as JSON text. Pure (d3-dsv only), so the build and the browser's briefing pack write the same file.
import { csvFormatRows } from 'd3-dsv';

export type Row = Record<string, unknown>;

const cell = (v: unknown) =>
  v === undefined || v === null ? '' : Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join('；') : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The rows as CSV with the given columns, in that order. */
export function toCsvText(fields: readonly string[], rows: readonly Row[]): string {
  return '\uFEFF' + csvFormatRows([[...fields], ...rows.map((r) => fields.map((f) => cell(r[f])))]);
}
