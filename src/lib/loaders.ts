// Astro content loaders over the strict readers in content-files.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../schemas/common';
import { ContentError, contentDir, readEntries, readMdxEntries, readPlanText } from './content-files';
import { explanationContext, explanationProblems } from './explanation-check';
import { schemaProblems } from './load-content';
import { parsePlan } from './plan-text';
import { formatProblems } from './problems';

function load(file: string, extra: (id: string) => Record<string, unknown> = () => ({})): Loader {
  return {
    name: 'portal-yaml',
    async load({ store, parseData, config, watcher }) {
      const filePath = path.join(contentDir(), file);
      const shown = path.relative(path.resolve(new URL(config.root).pathname), filePath);
      store.clear();
      for (const { id, data } of readEntries(filePath)) {
        const parsed = await parseData({ id, data: { ...data, ...extra(id) }, filePath });
        store.set({ id, data: parsed, filePath: shown });
      }
      watcher?.add(filePath);
    },
  };
}

/** A YAML list of entries in content/. */
export const yamlList = (file: string): Loader => load(file);

/** The plan's metadata, with the parsed official text attached as `tree`. */
export const planLoader = (metaFile: string): Loader => load(metaFile, () => ({ tree: parsePlan(readPlanText()) }));

/**
 * A folder of MDX entries, one `<id>.mdx` each: data in the frontmatter, explanation in the body. Every problem
 * of the folder (schema, with the field's line, and explanation rules, with the body's line) stops the build in
 * one message; the body is rendered by Astro's MDX integration (`render(entry)`).
 */
export function mdxFolder(name: CollectionName, folder: string): Loader {
  return {
    name: 'portal-mdx',
    async load({ store, parseData, config, watcher, generateDigest }) {
      const dir = path.join(contentDir(), folder);
      const root = fileURLToPath(config.root);
      const entries = readMdxEntries(dir);
      const problems = [...schemaProblems(name, entries).problems, ...explanationProblems(name, entries, explanationContext())];
      if (problems.length) throw new ContentError(`Content check failed:\n${formatProblems(problems)}`);
      store.clear();
      for (const { id, data, mdx } of entries) {
        const parsed = await parseData({ id, data, filePath: mdx!.path });
        store.set({
          id,
          data: parsed,
          body: mdx!.body,
          filePath: path.relative(root, mdx!.path).split(path.sep).join('/'),
          digest: generateDigest(mdx!.text),
          deferredRender: true,
        });
      }
      watcher?.add(dir);
    },
  };
}
