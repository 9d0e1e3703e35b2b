// Moving industries, programmes, platforms and projects from YAML lists to one MDX file each must keep every URL,
// every anchor on their pages, their JSON-LD and every open-data row and field. The fixture was taken from the
// build just before the move; content may add pages, anchors and fields, never drop them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, DIST, documentOf } from './dist';

interface Before {
  pages: string[];
  anchors: Record<string, string[]>;
  jsonLd: Record<string, { type: string; about: unknown }[]>;
  rows: Record<string, Record<string, string[]>>;
}
const before = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/before-mdx.json'), 'utf8')) as Before;
const pages = builtPages();

test('every page built before the move is still built', () => {
  const missing = before.pages.filter((url) => !pages.has(url));
  expect(missing).toEqual([]);
});

test('every anchor of an entity page is still there', () => {
  for (const [url, anchors] of Object.entries(before.anchors)) {
    const ids = new Set(
      documentOf(pages.get(url)!)
        .querySelectorAll('main [id]')
        .map((e) => e.getAttribute('id')),
    );
    expect(
      anchors.filter((id) => !ids.has(id)),
      url,
    ).toEqual([]);
  }
});

test('entity pages describe the same things in JSON-LD', () => {
  for (const [url, expected] of Object.entries(before.jsonLd)) {
    const found = documentOf(pages.get(url)!)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text) as { '@type': string; about?: unknown })
      .map((j) => ({ type: j['@type'], about: j.about }));
    expect(found, url).toEqual(expected);
  }
});

test('open data keeps every row and every field', () => {
  for (const [name, rows] of Object.entries(before.rows)) {
    const now = new Map(
      (JSON.parse(fs.readFileSync(path.join(DIST, 'data', `${name}.json`), 'utf8')) as { id: string }[]).map((r) => [r.id, Object.keys(r)]),
    );
    for (const [id, fields] of Object.entries(rows)) {
      expect(now.has(id), `${name} ${id}`).toBe(true);
      expect(
        fields.filter((f) => !now.get(id)!.includes(f)),
        `${name} ${id}`,
      ).toEqual([]);
    }
  }
});
