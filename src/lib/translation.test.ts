// The English edition keeps step with the Chinese: every translatable entry has English made from its current
// Chinese (its recorded hash), and a change to the Chinese, not to the English or the layout, makes it stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentDir } from './content-files';
import { entryHash, staleTranslations, translationStates } from './translation';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** content/ copied to a temporary folder, with `edit` applied to one file. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  copies.push(dir);
  fs.cpSync(contentDir(), dir, { recursive: true });
  const full = path.join(dir, file);
  fs.writeFileSync(full, edit(fs.readFileSync(full, 'utf8')));
  return dir;
}

test('every entry, plan block and prose page has English made from its current Chinese', () => {
  const states = translationStates();
  expect(states.length).toBeGreaterThan(200);
  expect(staleTranslations(states)).toEqual([]);
});

test('the hash of an entry follows its Chinese only: not its English, not the order of its fields', () => {
  const zh = { label: '服务业增加值', value: 1000, sources: ['s1-2-p4'] };
  expect(entryHash({ ...zh, en: { label: 'Services value added' } })).toBe(entryHash(zh));
  expect(entryHash({ sources: ['s1-2-p4'], value: 1000, label: '服务业增加值' })).toBe(entryHash(zh));
  expect(entryHash({ ...zh, value: 1200 })).not.toBe(entryHash(zh));
});

test('a change to the Chinese of a target, a body or a plan block is listed, naming the file and the entry', () => {
  const target = contentWith('targets.yaml', (t) => t.replace('label: 旅游总收入', 'label: 旅游总收入（全口径）'));
  expect(staleTranslations(translationStates(target))).toEqual([
    expect.stringMatching(/^content\/targets\.yaml → tourism-revenue: the Chinese changed/),
  ]);
  const body = contentWith('projects/sams-club.mdx', (t) => t.replace('山姆超市通常指', '山姆超市一般指'));
  expect(staleTranslations(translationStates(body))).toEqual([
    expect.stringMatching(/^content\/projects\/sams-club\.en\.mdx → sams-club: the Chinese changed/),
  ]);
  const gone = contentWith('projects/sams-club.en.mdx', () => '');
  fs.rmSync(path.join(gone, 'projects/sams-club.en.mdx'));
  expect(staleTranslations(translationStates(gone))).toEqual(['content/projects/sams-club.en.mdx → sams-club: no English yet']);
});
