// Where each collection lives in content/, and a strict reader for it. Astro's own file() loader only logs
// a YAML error or a duplicate id and carries on; the portal must fail instead, naming the file.
import fs from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { CollectionName } from '../schemas/common';
import { parsePlan, planBlocks } from './plan-text';

export const CONTENT_FILES = {
  plan: 'plan/meta.yaml',
  industries: 'industries.yaml',
  programmes: 'programmes.yaml',
  platforms: 'platforms.yaml',
  projects: 'projects.yaml',
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
    if (!ID.test(id)) throw new ContentError(`${shown}: entry ${i + 1}: field "id": "${id}" must be lower-case ASCII words joined by hyphens, e.g. "cultural-tourism"`);
    if (seen.has(id)) throw new ContentError(`${shown}: entry ${i + 1}: field "id": duplicate id "${id}" (also entry ${seen.get(id)! + 1})`);
    seen.set(id, i);
    const { id: _, ...data } = item as Record<string, unknown>;
    return { id, data };
  });
}

export function readPlanText(dir = contentDir()): string {
  return fs.readFileSync(path.join(dir, PLAN_TEXT_FILE), 'utf8');
}

/** Paragraph id → text for every addressable block of the official text. */
export function paragraphMap(planText: string): Map<string, string> {
  return new Map(planBlocks(parsePlan(planText)).map((b) => [b.id, b.text]));
}
