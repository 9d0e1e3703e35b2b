// Runs the explanation rules (explanations.ts) over the MDX bodies in content/, with what the ids mean read from
// the content files themselves, so the check can run while Astro is still loading the collections.
import fs from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../schemas/common';
import { FACTS } from '../schemas/question';
import {
  CONTENT_FILES,
  contentDir,
  isMdxCollection,
  paragraphMap,
  PLAN_TEXT_FILE,
  readCollection,
  readMdxIds,
  readPlanText,
  type RawEntry,
} from './content-files';
import { checkExplanation, ENTITY_KINDS, parseBody, type EntityKind, type ExplanationContext } from './explanations';
import type { Problem } from './problems';

/** Collections whose explanation keeps the five headings (方案要做什么 …). */
const LONG_FORM: readonly CollectionName[] = ['industries', 'programmes'];

/** The files the context is read from, each with its size and time of change, and the MDX entries' ids. */
function fingerprint(dir: string): string {
  const stamp = (file: string) => {
    const s = fs.statSync(path.join(dir, file), { bigint: true });
    return `${file}:${s.size}:${s.mtimeNs}`;
  };
  const files = [PLAN_TEXT_FILE, ...Object.values(ENTITY_KINDS).map((n) => CONTENT_FILES[n]), CONTENT_FILES.targets];
  return [dir, ...files.map((f) => (isMdxCollection(f) ? `${f}:${readMdxIds(path.join(dir, f)).join(',')}` : stamp(f)))].join('\n');
}

let cached: { key: string; ctx: ExplanationContext } | undefined;

/**
 * What the ids in explanations mean, read from content/. Every MDX loader asks for it; it is read again only when
 * a file it comes from has changed (so `astro dev` sees edits), not once per loader: at 10,000 projects each read
 * cost seconds (#15). An MDX collection's ids come from its file names; its loader checks the files themselves.
 */
export function explanationContext(dir = contentDir()): ExplanationContext {
  const key = fingerprint(dir);
  if (cached?.key !== key) cached = { key, ctx: readContext(dir) };
  return cached.ctx;
}

function readContext(dir: string): ExplanationContext {
  const ids = (name: CollectionName) => {
    const file = CONTENT_FILES[name];
    return new Set(isMdxCollection(file) ? readMdxIds(path.join(dir, file)) : readCollection(dir, file).map((e) => e.id));
  };
  const targets = new Map(readCollection(dir, CONTENT_FILES.targets).map((e) => [e.id, (e.data['sources'] as string[] | undefined) ?? []]));
  return {
    paragraphs: paragraphMap(readPlanText(dir)),
    targets,
    entities: Object.fromEntries(Object.entries(ENTITY_KINDS).map(([kind, name]) => [kind, ids(name)])) as Record<EntityKind, Set<string>>,
    facts: FACTS,
  };
}

/** Every rule broken by the bodies of `entries` (one MDX collection), each with its file and line. */
export function explanationProblems(
  name: CollectionName,
  entries: readonly RawEntry[],
  ctx: ExplanationContext,
  options: { english?: boolean } = {},
): Problem[] {
  return entries.flatMap(({ id, mdx }) => {
    if (!mdx) return [];
    if (!mdx.body.trim())
      return [
        {
          file: mdx.file,
          line: mdx.bodyLine,
          entry: id,
          field: 'body',
          message: 'the explanation is missing: write it below the frontmatter',
        },
      ];
    let root;
    try {
      root = parseBody(mdx.body);
    } catch (error) {
      const e = error as { line?: number; message: string };
      return [
        { file: mdx.file, line: mdx.bodyLine + (e.line ?? 1) - 1, entry: id, field: 'body', message: `MDX syntax error: ${e.message}` },
      ];
    }
    return checkExplanation(root, ctx, { longForm: LONG_FORM.includes(name), ...options }).map((p) => ({
      file: mdx.file,
      line: mdx.bodyLine + p.line - 1,
      entry: id,
      field: 'body',
      message: `[${p.rule}] ${p.message}`,
    }));
  });
}
