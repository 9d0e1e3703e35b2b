// Astro content loaders over the strict reader in content-files.ts.
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDir, readEntries, readPlanText } from './content-files';
import { parsePlan } from './plan-text';

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
