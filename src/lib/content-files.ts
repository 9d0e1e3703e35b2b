// Where each collection lives in content/, and a strict reader for it. Astro's own file() loader only logs
// a YAML error or a duplicate id and carries on; the portal must fail instead, naming the file.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parse, parseDocument, YAMLParseError } from 'yaml';
import type { CollectionName } from '../schemas/common';
import { parsePlan, planBlocks } from './plan-text';

/**
 * Where each collection lives in content/: a YAML list of entries, or (for the entities that carry prose) a folder
 * with one MDX file per entry, `<id>.mdx`, its data in the frontmatter and its explanation in the body. A
 * translation of a body sits beside it as `<id>.<lang>.mdx`.
 */
export const CONTENT_FILES = {
  plan: 'plan/meta.yaml',
  industries: 'industries/',
  programmes: 'programmes/',
  platforms: 'platforms/',
  projects: 'projects/',
  projectCategories: 'project-categories.yaml',
  targets: 'targets.yaml',
  units: 'units.yaml',
  measures: 'measures.yaml',
  glossary: 'glossary.yaml',
  questions: 'questions.yaml',
  changes: 'changes.yaml',
} as const satisfies Record<CollectionName, string>;

/** The official text, kept byte-identical to the published copy. */
export const PLAN_TEXT_FILE = 'plan/yuecheng-1616-plan.txt';
/** The unofficial English of the official text, block by block at the same ids. */
export const PLAN_TRANSLATION_FILE = 'plan/yuecheng-1616-plan.en.yaml';

/** content/ of the project being built (the build and the tests run from the project root). */
export function contentDir(): string {
  return path.resolve('content');
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Entry ids become URLs and anchors: stable lower-case ASCII. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  /** For an MDX entry: where it is, its text, and where its parts start. */
  mdx?: MdxSource;
}

export interface MdxSource {
  /** The file as shown in messages, relative to the working folder. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The whole file. */
  text: string;
  /** The explanation: everything after the frontmatter. */
  body: string;
  /** The file's line on which the body starts. */
  bodyLine: number;
  /** The file's line of a frontmatter field (its nearest existing parent when the field is missing). */
  lineOf: (field: readonly PropertyKey[]) => number;
}

/** A collection kept as one MDX file per entry (its CONTENT_FILES value is a folder). */
export const isMdxCollection = (file: string): boolean => file.endsWith('/');

/** The glob of an MDX collection's entries: every `<id>.mdx`, not its translations (`<id>.en.mdx`). */
export const MDX_ENTRY = /^([^.]+)\.mdx$/;

/** Reads the entries of a YAML list file or of an MDX folder, whichever `file` names. */
export function readCollection(dir: string, file: string): RawEntry[] {
  const full = path.join(dir, file);
  return isMdxCollection(file) ? readMdxEntries(full) : readEntries(full);
}

/** Frontmatter between two `---` lines at the very top of the file. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)(?:\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads one MDX file per entry: the id is the file name, the data is the frontmatter, the body the explanation. */
export function readMdxEntries(folder: string): RawEntry[] {
  return readMdxFiles(folder, MDX_ENTRY);
}

/** The English of an MDX folder's entries, `<id>.en.mdx`: id, the English frontmatter and the English body. */
export function readMdxTranslations(folder: string): RawEntry[] {
  return readMdxFiles(folder, MDX_TRANSLATION);
}

/**
 * The ids of an MDX folder's entries, from the file names alone: what a check that only asks "does this id exist"
 * needs, without reading and parsing every file again (the folder's own loader reads and checks each file).
 */
export function readMdxIds(folder: string, pattern: RegExp = MDX_ENTRY): string[] {
  if (!fs.existsSync(folder)) throw new ContentError(`${path.relative(process.cwd(), folder) || folder}: folder is missing`);
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const id = pattern.exec(name)?.[1];
      return id === undefined ? [] : [id];
    });
}

/** The glob of an MDX folder's English files. */
export const MDX_TRANSLATION = /^([^.]+)\.en\.mdx$/;

function readMdxFiles(folder: string, pattern: RegExp): RawEntry[] {
  const shownDir = path.relative(process.cwd(), folder) || folder;
  if (!fs.existsSync(folder)) throw new ContentError(`${shownDir}: folder is missing`);
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const shown = path.join(shownDir, name);
      const m = pattern.exec(name);
      if (!m) return [];
      const id = m[1]!;
      if (!ID.test(id))
        throw new ContentError(`${shown}: file name "${id}" must be lower-case ASCII words joined by hyphens, e.g. "cultural-tourism.mdx"`);
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const fm = FRONTMATTER.exec(text);
      if (!fm) throw new ContentError(`${shown}: must start with frontmatter between two "---" lines`);
      const lineCounter = new LineCounter();
      const doc = parseDocument(fm[1]!, { lineCounter, prettyErrors: true });
      if (doc.errors.length) throw new ContentError(`${shown}: frontmatter YAML syntax error: ${doc.errors[0]!.message}`);
      const data: unknown = doc.toJS() ?? {};
      // The frontmatter starts on the file's second line, after "---".
      const lineOf = (field: readonly PropertyKey[]) => {
        for (let n = field.length; n >= 0; n--) {
          const node = doc.getIn(field.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
          if (node?.range) return lineCounter.linePos(node.range[0]).line + 1;
        }
        return 1;
      };
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new ContentError(`${shown}: frontmatter must be a mapping of fields`);
      if ('id' in data) throw new ContentError(`${shown}: field "id": the id is the file name; remove the field`);
      const bodyLine = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0) + 1;
      const full = path.join(folder, name);
      return [
        {
          id,
          data: data as Record<string, unknown>,
          mdx: { file: shown, path: full, text, body: text.slice(fm[0].length), bodyLine, lineOf },
        },
      ];
    });
}

/** Reads a YAML list of entries, each with an `id`; throws naming the file on anything malformed. */
export function readEntries(file: string): RawEntry[] {
  const shown = path.relative(process.cwd(), file) || file;
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) throw new ContentError(`${shown}: YAML syntax error: ${error.message}`);
    throw new ContentError(`${shown}: cannot be read: ${(error as Error).message}`);
  }
  if (!Array.isArray(doc)) throw new ContentError(`${shown}: must be a YAML list of entries ("- id: …")`);
  const seen = new Map<string, number>();
  return doc.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ContentError(`${shown}: entry ${i + 1} must be a mapping of fields`);
    }
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') throw new ContentError(`${shown}: entry ${i + 1}: field "id" is missing`);
    if (!ID.test(id))
      throw new ContentError(
        `${shown}: entry ${i + 1}: field "id": "${id}" must be lower-case ASCII words joined by hyphens, e.g. "cultural-tourism"`,
      );
    if (seen.has(id))
      throw new ContentError(`${shown}: entry ${i + 1}: field "id": duplicate id "${id}" (also entry ${seen.get(id)! + 1})`);
    seen.set(id, i);
    const { id: _, ...data } = item as Record<string, unknown>;
    return { id, data };
  });
}

export function readPlanText(dir = contentDir()): string {
  return fs.readFileSync(path.join(dir, PLAN_TEXT_FILE), 'utf8');
}

/** The unofficial English of the official text (empty until it is written): `{ id, hash, en }` per block. */
export function readPlanTranslation(dir = contentDir()): Record<string, unknown>[] {
  const file = path.join(dir, PLAN_TRANSLATION_FILE);
  if (!fs.existsSync(file)) return [];
  return readEntries(file).map(({ id, data }) => ({ id, ...data }));
}

/** What the plan's loader adds to its metadata entry: the parsed text and its English. */
export function planExtras(dir = contentDir()): { tree: ReturnType<typeof parsePlan>; translation: Record<string, unknown>[] } {
  return { tree: parsePlan(readPlanText(dir)), translation: readPlanTranslation(dir) };
}

/** Paragraph id → text for every addressable block of the official text. */
export function paragraphMap(planText: string): Map<string, string> {
  return new Map(planBlocks(parsePlan(planText)).map((b) => [b.id, b.text]));
}
