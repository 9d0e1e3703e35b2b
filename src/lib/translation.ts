// Keeping the English edition in step with the Chinese: each translation records a hash of the Chinese it was made
// from (`hash`), and `staleTranslations` lists every entry whose Chinese has changed since, or that has no English.
// `npm run translations:stamp` (scripts/stamp-translations.ts) records the hashes after a translator's review.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  CONTENT_FILES,
  contentDir,
  isMdxCollection,
  PLAN_TRANSLATION_FILE,
  readEntries,
  readMdxEntries,
  readMdxTranslations,
  readPlanText,
  readPlanTranslation,
} from './content-files';
import { parsePlan, planBlocks } from './plan-text';
import type { CollectionName } from '../schemas/common';

/**
 * The first eight hex digits of the SHA-256 of `text`, written with the letters a–p for 0–f: a hash of letters is
 * never read as a figure (by YAML, or by the checks that list numbers the plan does not state).
 */
export const hashOf = (text: string): string =>
  createHash('sha256')
    .update(text)
    .digest('hex')
    .slice(0, 8)
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));

/** A YAML entry's Chinese: everything but its `en`, in a stable form, so reformatting the file changes nothing. */
export function entryHash(data: Record<string, unknown>): string {
  const { en: _, ...zh } = data;
  return hashOf(canonical(zh));
}

/** JSON with every object's keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The prose pages: `<name>.mdx` with `<name>.en.mdx` beside it. */
export const PROSE_FILES = ['prose/about', 'prose/explainer'] as const;

export interface TranslationState {
  /** Where the English lives, as the editor finds it. */
  file: string;
  entry: string;
  /** The hash the Chinese has now. */
  hash: string;
  /** The hash the translation records; undefined when there is no English or it was never stamped. */
  recorded: string | undefined;
  /** Whether there is any English at all. */
  translated: boolean;
}

/** The English of every translatable thing in content/, against its Chinese. */
export function translationStates(dir = contentDir()): TranslationState[] {
  const states: TranslationState[] = [];
  for (const [name, file] of Object.entries(CONTENT_FILES) as [CollectionName, string][]) {
    if (isMdxCollection(file)) {
      const folder = path.join(dir, file);
      const english = new Map(readMdxTranslations(folder).map((e) => [e.id, e]));
      for (const e of readMdxEntries(folder)) {
        const en = english.get(e.id);
        states.push({
          file: path.join('content', file, `${e.id}.en.mdx`),
          entry: e.id,
          hash: hashOf(e.mdx!.text),
          recorded: en?.data['hash'] as string | undefined,
          translated: en !== undefined,
        });
      }
    } else {
      for (const e of readEntries(path.join(dir, file))) {
        const en = e.data['en'] as Record<string, unknown> | undefined;
        if (!en && !hasText(name, e.data)) continue;
        states.push({
          file: path.join('content', file),
          entry: e.id,
          hash: entryHash(e.data),
          recorded: en?.['hash'] as string | undefined,
          translated: !!en,
        });
      }
    }
  }
  const blocks = new Map(readPlanTranslation(dir).map((b) => [String(b['id']), b]));
  for (const b of planBlocks(parsePlan(readPlanText(dir)))) {
    const en = blocks.get(b.id);
    states.push({
      file: path.join('content', PLAN_TRANSLATION_FILE),
      entry: b.id,
      hash: hashOf(b.text),
      recorded: en?.['hash'] as string | undefined,
      translated: !!en,
    });
  }
  for (const prose of PROSE_FILES) {
    const zh = path.join(dir, `${prose}.mdx`);
    const en = path.join(dir, `${prose}.en.mdx`);
    const recorded = fs.existsSync(en)
      ? /^hash:\s*'?([a-p]+)'?/m.exec(fs.readFileSync(en, 'utf8').split(/^---\s*$/m)[1] ?? '')?.[1]
      : undefined;
    states.push({
      file: path.join('content', `${prose}.en.mdx`),
      entry: path.basename(prose),
      hash: hashOf(fs.readFileSync(zh, 'utf8')),
      recorded,
      translated: fs.existsSync(en),
    });
  }
  return states;
}

/** Units need English only where they carry text of their own (a note); their names come from terminology. */
function hasText(name: CollectionName, data: Record<string, unknown>): boolean {
  return name !== 'units' || data['note'] !== undefined;
}

/** Entries with no English, or whose Chinese changed after the English was made: "file → entry: why". */
export function staleTranslations(states: readonly TranslationState[]): string[] {
  return states
    .filter((s) => s.recorded !== s.hash)
    .map(
      (s) =>
        `${s.file} → ${s.entry}: ${!s.translated ? 'no English yet' : s.recorded ? `the Chinese changed after the English (hash ${s.recorded}, now ${s.hash})` : 'not stamped: run npm run translations:stamp after review'}`,
    );
}
