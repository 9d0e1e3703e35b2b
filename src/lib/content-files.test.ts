import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentError, readEntries } from './content-files';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function yamlFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-content-'));
  dirs.push(dir);
  const file = path.join(dir, 'units.yaml');
  fs.writeFileSync(file, text);
  return file;
}

describe('readEntries', () => {
  test('reads a list of entries, separating the id from the data', () => {
    expect(readEntries(yamlFile('- { id: commerce-bureau, name: 区商务局, kind: bureau }\n'))).toEqual([
      { id: 'commerce-bureau', data: { name: '区商务局', kind: 'bureau' } },
    ]);
  });

  test.each([
    ['a YAML syntax error', '- { id: a, name: 区商务局\n', /units\.yaml: YAML syntax error/],
    ['a file that is not a list', 'id: a\n', /units\.yaml: must be a YAML list of entries/],
    ['an entry without id', '- { name: 区商务局 }\n', /units\.yaml: entry 1: field "id" is missing/],
    ['a duplicate id', '- { id: a }\n- { id: b }\n- { id: a }\n', /units\.yaml: entry 3: field "id": duplicate id "a" \(also entry 1\)/],
    ['an id that is not lower-case ASCII', '- { id: 区商务局 }\n', /units\.yaml: entry 1: field "id": "区商务局" must be lower-case ASCII/],
    ['an entry that is not a mapping', '- just text\n', /units\.yaml: entry 1 must be a mapping/],
  ])('fails on %s, naming the file and field', (_, text, message) => {
    const file = yamlFile(text);
    expect(() => readEntries(file)).toThrow(ContentError);
    expect(() => readEntries(file)).toThrow(message);
  });
});
