import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CONTENT_FILES, contentDir, readCollection } from './content-files';
import { explanationContext } from './explanation-check';

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'explanation-context-'));
fs.cpSync(contentDir(), copy, { recursive: true });
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

test('the context is read once while its files stay as they are', () => {
  expect(explanationContext(copy)).toBe(explanationContext(copy));
});

test('the ids of MDX entries are their file names, as the full reader finds them', () => {
  const ctx = explanationContext(copy);
  expect([...ctx.entities.project]).toEqual(readCollection(copy, CONTENT_FILES.projects).map((e) => e.id));
  expect([...ctx.entities.industry]).toEqual(readCollection(copy, CONTENT_FILES.industries).map((e) => e.id));
});

test('a new entry, or a changed list, is seen at once (astro dev reloads the collections on edits)', () => {
  const before = explanationContext(copy);
  const projects = path.join(copy, CONTENT_FILES.projects);
  const first = fs.readdirSync(projects).find((f) => /^[^.]+\.mdx$/.test(f))!;
  fs.copyFileSync(path.join(projects, first), path.join(projects, 'a-new-project.mdx'));
  const added = explanationContext(copy);
  expect(added).not.toBe(before);
  expect(added.entities.project.has('a-new-project')).toBe(true);

  const targets = path.join(copy, CONTENT_FILES.targets);
  const id = [...added.targets.keys()][0]!;
  fs.writeFileSync(targets, fs.readFileSync(targets, 'utf8').replace(`id: ${id}\n`, `id: ${id}-renamed\n`));
  const renamed = explanationContext(copy);
  expect(renamed.targets.has(`${id}-renamed`)).toBe(true);
  expect(renamed.targets.has(id)).toBe(false);
});
