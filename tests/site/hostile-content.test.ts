// Content is text, never markup (#15, security): an entry whose text holds a script, an attribute break-out and a
// javascript: URL builds into pages, data files and the search data as inert text. Built once, as a copy of the
// project with a hostile note on one target; a javascript: URL where content gives a link is refused by the schema
// (src/schemas/schemas.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCopyWith, removeCopies } from './build-copy';

afterAll(removeCopies);

const HOSTILE = `<script>window.__xss=1</script>"><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">x</a>`;

test('a hostile note shows as text on every page, in both languages, and as data in the data files', () => {
  const r = buildCopyWith('targets.yaml', (targets) =>
    targets.replace('  label: 旅游总收入\n', `  label: 旅游总收入\n  note: '${HOSTILE.replaceAll("'", "''")}'\n`),
  );
  expect(r.status, r.output).toBe(0);
  const read = (file: string) => fs.readFileSync(path.join(r.dist, file), 'utf8');
  for (const page of ['targets/index.html', 'industries/cultural-tourism/index.html', 'en/targets/index.html']) {
    const html = read(page);
    expect(html, page).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(html, page).not.toContain('<script>window.__xss');
    expect(html, page).not.toContain('<img src=x');
    expect(html, page).not.toMatch(/href="javascript:/);
  }
  const json = JSON.parse(read('data/targets.json')) as { id: string; note?: string }[];
  expect(json.find((t) => t.id === 'tourism-revenue')!.note).toBe(HOSTILE);
  // In a CSV the note is one quoted cell (its quotes doubled), data for a spreadsheet, not markup.
  expect(read('data/targets.csv')).toContain(`"${HOSTILE.replaceAll('"', '""')}"`);
}, 180_000);
