// A real `astro build` of a copy of the project with one content file edited: how the site tests prove what
// content does to the build (bad content stops it, a field shows on its page). Copies live in the system's
// temporary folder until `removeCopies` (call it in afterAll).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const copies: string[] = [];

export interface CopyBuild {
  status: number | null;
  /** What the build printed, stdout then stderr. */
  output: string;
  /** The copy's dist/ folder. */
  dist: string;
}

/** Builds a copy of the project whose content/`file` is `edit` of the original (an absent file starts empty). */
export function buildCopyWith(file: string, edit: (text: string) => string): CopyBuild {
  return buildCopy((content) => {
    const target = path.join(content, file);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing: fix the fixture`);
    fs.writeFileSync(target, after);
  });
}

/** Builds a copy of the project after `prepare` has changed its content/ folder (given as an absolute path). */
export function buildCopy(prepare: (contentDir: string) => void): CopyBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-copy-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  prepare(path.join(dir, 'content'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist: path.join(dir, 'dist') };
}

/** Removes every copy made in this test file. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
