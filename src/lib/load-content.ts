// Loads and validates content/ outside Astro's content layer, with the same files, readers, schemas and explanation
// rules: for unit tests, for build steps that run after Astro (the search index), and for the MDX loader's messages.
import path from 'node:path';
import { z } from 'astro/zod';
import { schemas, type CollectionName, type SchemaContext } from '../schemas';
import {
  CONTENT_FILES,
  contentDir,
  paragraphMap,
  planExtras,
  readCollection,
  readMdxEntries,
  readPlanText,
  type RawEntry,
} from './content-files';
import { explanationContext, explanationProblems } from './explanation-check';
import type { Problem } from './problems';
import type { Collections } from './types';

/** Stand-in for Astro's reference(): same output shape, existence is checked by integrity.ts. */
const plainRef: SchemaContext['ref'] = (collection) => z.string().transform((id) => ({ collection, id }));

export function schemaContext(dir = contentDir()): SchemaContext {
  return { paragraphs: paragraphMap(readPlanText(dir)), ref: plainRef };
}

/** Schema problems of raw entries, each with its file (and, for MDX, the line of the field). */
export function schemaProblems(
  name: CollectionName,
  entries: readonly RawEntry[],
  dir = contentDir(),
): { parsed: { id: string; data: unknown; filePath: string }[]; problems: Problem[] } {
  const schema = schemas(schemaContext(dir))[name];
  const problems: Problem[] = [];
  const parsed = entries.flatMap(({ id, data, mdx }) => {
    const shown = mdx?.file ?? path.join('content', CONTENT_FILES[name]);
    const input = name === 'plan' ? { ...data, ...planExtras(dir) } : data;
    const r = schema.safeParse(input);
    if (r.success) return [{ id, data: r.data, filePath: shown }];
    for (const issue of r.error.issues) {
      problems.push({ file: shown, line: mdx?.lineOf(issue.path), entry: id, field: issue.path.join('.'), message: issue.message });
    }
    return [];
  });
  return { parsed, problems };
}

/** Every entry of every collection, parsed; problems are collected rather than thrown. */
export function loadContent(dir = contentDir()): { collections: Collections; problems: Problem[] } {
  const problems: Problem[] = [];
  const collections = {} as Record<CollectionName, unknown[]>;
  const ctx = explanationContext(dir);
  for (const [name, file] of Object.entries(CONTENT_FILES) as [CollectionName, string][]) {
    const raw = readCollection(dir, file);
    const { parsed, problems: found } = schemaProblems(name, raw, dir);
    problems.push(...found, ...explanationProblems(name, raw, ctx));
    collections[name] = parsed.map((e) => ({ ...e, collection: name }));
  }
  return { collections: collections as unknown as Collections, problems };
}

/** Problems found on parsed entries (integrity.ts) get the line of their field in an MDX entry's frontmatter. */
export function withLines(problems: readonly Problem[]): Problem[] {
  const folders = new Map<string, Map<string, RawEntry>>();
  const entryOf = (file: string, id: string) => {
    const folder = path.dirname(path.resolve(file));
    if (!folders.has(folder)) folders.set(folder, new Map(readMdxEntries(folder).map((e) => [e.id, e])));
    return folders.get(folder)!.get(id);
  };
  return problems.map((p) => {
    if (p.line || !p.file.endsWith('.mdx')) return p;
    const field = p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    return { ...p, line: entryOf(p.file, p.entry)?.mdx?.lineOf(field) };
  });
}
