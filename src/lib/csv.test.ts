import { csvParseRows } from 'd3-dsv';
import { expect, test } from 'vitest';
import { BOM, csvWithBom, inertCell, toCsvText } from './csv';

/** The cells of a CSV text with the BOM, as a parser (and a spreadsheet) reads them. */
const cells = (csv: string) => csvParseRows(csv.slice(BOM.length));

test('a cell a spreadsheet would run as a formula gets an apostrophe in front, and reads as that text', () => {
  const formulas = ['=HYPERLINK("https://evil.example/","x")', '+cmd', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '-', '=-5'];
  expect(cells(csvWithBom([formulas]))[0]).toEqual(formulas.map((f) => `'${f}`));
});

test('numbers stay numbers, and every other cell is written as it was', () => {
  const kept = ['-5', '+3.2', '-1,200', '-4%', '-.5', '-1e3', '5', '旅游总收入', 'a=b', " '=x", '', '1-2月'];
  expect(cells(csvWithBom([kept]))[0]).toEqual(kept);
  expect(kept.map(inertCell)).toEqual(kept);
});

test('cells stay one cell each: quotes doubled, commas and line breaks quoted (RFC 4180)', () => {
  const text = toCsvText(['label', 'n'], [{ label: '=A1,"b"\nc', n: -5 }]);
  expect(text).toBe(`${BOM}label,n\n"'=A1,""b""\nc",-5`);
});
