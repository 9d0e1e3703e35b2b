// A real `npm run build` of a copy of the project with one content file edited: how the site tests prove what
// content does to the build (bad content stops it, a field shows on its page). Copies live in the system's
// temporary folder until `removeCopies` (call it in afterAll). `variantBuild` builds the project as it is, with
// settings from the environment (BASE_PATH, SITE_URL), once: the site and browser tests share that build.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
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
  /** The copy's root. */
  root: string;
}

/** What a build reads (scripts/ for its search index step): a copy of these is built. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A copy of the project in `dir`, sharing its node_modules. */
function copyProject(dir: string): void {
  for (const item of BUILD_INPUTS) fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * This process's environment without what Vitest sets for its own modules (BASE_URL=/, MODE=test, …): Vite reads
 * those in the build as if they were the site's, and BASE_URL=/ would undo a base path.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.test(key)));
}

/** `npm run build` in `dir` (both its steps, as a reader runs them), with `env` added to this process's environment. */
function build(dir: string, env: Record<string, string> = {}): CopyBuild {
  const r = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist: path.join(dir, 'dist'), root: dir };
}

/** Builds a copy of the project whose content/`file` is `edit` of the original (an absent file starts empty). */
export function buildCopyWith(file: string, edit: (text: string) => string): CopyBuild {
  return buildCopyWithEdits({ [file]: edit });
}

/** Builds a copy of the project with several content files edited at once: one build for a fixture that spans files. */
export function buildCopyWithEdits(edits: Record<string, (text: string) => string>): CopyBuild {
  return buildCopy((content) => {
    for (const [file, edit] of Object.entries(edits)) {
      const target = path.join(content, file);
      const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      const after = edit(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing: fix the fixture`);
      fs.writeFileSync(target, after);
    }
  });
}

/** Builds a copy of the project after `prepare` has changed its content/ folder (given as an absolute path). */
export function buildCopy(prepare: (contentDir: string) => void): CopyBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-copy-'));
  copies.push(dir);
  copyProject(dir);
  prepare(path.join(dir, 'content'));
  return build(dir);
}

/** A fingerprint of the project's build inputs, the installed packages, this recipe and `env`: a variant built from the same is reused. */
function fingerprint(env: Record<string, string>): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(env));
  for (const item of [...BUILD_INPUTS, 'package-lock.json', 'tests/site/build-copy.ts']) {
    const top = path.join(ROOT, item);
    const files = fs.statSync(top).isDirectory()
      ? (fs.readdirSync(top, { recursive: true }) as string[]).map((f) => path.join(top, f)).filter((f) => fs.statSync(f).isFile())
      : [top];
    for (const file of files.sort()) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * A build of the project as it is, with `env` (BASE_PATH=/portal/), made once and kept in node_modules/.cache until
 * a source, content or setting changes, so the site and browser tests of a run share it. Throws when it fails.
 */
export function variantBuild(name: string, env: Record<string, string>): { root: string; dist: string } {
  const root = path.join(ROOT, 'node_modules', '.cache', 'portal-variants', name);
  const stamp = path.join(root, 'fingerprint');
  const wanted = fingerprint(env);
  const built = () => fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted;
  if (!built()) {
    // Built aside, copied in, then stamped: a run that stops halfway leaves no stamp, and the next one builds again.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-variant-${name}-`));
    copyProject(dir);
    const r = build(dir, env);
    if (r.status !== 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`the ${name} build failed:\n${r.output}`);
    }
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(root), { recursive: true });
    fs.cpSync(dir, root, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.writeFileSync(stamp, wanted);
  }
  return { root, dist: path.join(root, 'dist') };
}

/** Removes every copy made in this test file. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The site as deployed under a base path of an existing host: https://gov.example.cn/portal/. */
export const PORTAL = { base: '/portal/', host: 'https://gov.example.cn' } as const;

/** The /portal/ variant (variantBuild), shared by tests/site/base-path.test.ts and tests/browser/base-path.test.ts. */
export const portalVariant = () => variantBuild('portal', { BASE_PATH: PORTAL.base, SITE_URL: PORTAL.host });
