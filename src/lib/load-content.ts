// Loads and validates content/ outside Astro's content layer, with the same files, reader and schemas:
// for unit tests, and for build steps that run after Astro (the search index).
import path from 'node:path';
import { z } from 'astro/zod';
import { schemas, type CollectionName, type SchemaContext } from '../schemas';
import { CONTENT_FILES, contentDir, paragraphMap, readEntries, readPlanText } from './content-files';
import type { Collections } from './types';
import { parsePlan } from './plan-text';

/** Stand-in for Astro's reference(): same output shape, existence is checked by integrity.ts. */
const plainRef: SchemaContext['ref'] = (collection) =>
  z.string().transform((id) => ({ collection, id }));

export interface LoadProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function schemaContext(dir = contentDir()): SchemaContext {
  return { paragraphs: paragraphMap(readPlanText(dir)), ref: plainRef };
}

/** Every entry of every collection, parsed; problems are collected rather than thrown. */
export function loadContent(dir = contentDir()): { collections: Collections; problems: LoadProblem[] } {
  const ctx = schemaContext(dir);
  const all = schemas(ctx);
  const problems: LoadProblem[] = [];
  const collections = {} as Record<CollectionName, unknown[]>;
  for (const [name, file] of Object.entries(CONTENT_FILES) as [CollectionName, string][]) {
    const filePath = path.join(dir, file);
    const shown = path.join('content', file);
    collections[name] = readEntries(filePath).flatMap(({ id, data }) => {
      const input = name === 'plan' ? { ...data, tree: parsePlan(readPlanText(dir)) } : data;
      const parsed = all[name].safeParse(input);
      if (parsed.success) return [{ id, collection: name, data: parsed.data, filePath: shown }];
      for (const issue of parsed.error.issues) {
        problems.push({ file: shown, entry: id, field: issue.path.join('.'), message: issue.message });
      }
      return [];
    });
  }
  return { collections: collections as unknown as Collections, problems };
}
