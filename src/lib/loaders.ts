// Astro content loaders over the strict readers in content-files.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { MDX_COLLECTIONS, type CollectionName } from '../schemas/common';
import { mdxEnglishSchema } from '../schemas/english';
import {
  CONTENT_FILES,
  ContentError,
  contentDir,
  planExtras,
  readEntries,
  readMdxEntries,
  readMdxIds,
  readMdxTranslations,
  type MdxSource,
} from './content-files';
import { explanationContext, explanationProblems } from './explanation-check';
import { schemaProblems } from './load-content';
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
export const planLoader = (metaFile: string): Loader => load(metaFile, () => planExtras());

/** What the store holds for one MDX file: its data, and its body for Astro's MDX integration to render (`render(entry)`). */
function mdxRecord(id: string, data: Record<string, unknown>, mdx: MdxSource, root: string, digest: (text: string) => string) {
  return {
    id,
    data,
    body: mdx.body,
    filePath: path.relative(root, mdx.path).split(path.sep).join('/'),
    digest: digest(mdx.text),
    deferredRender: true,
  };
}

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
        store.set(mdxRecord(id, await parseData({ id, data, filePath: mdx!.path }), mdx!, root, generateDigest));
      }
      watcher?.add(dir);
    },
  };
}

/**
 * The English of every MDX entry, `<id>.en.mdx` beside `<id>.mdx`, as one collection with ids `<collection>/<id>`:
 * its frontmatter (the English of the entry's text fields) and its body, rendered like the Chinese one. An English
 * file without its Chinese entry, bad frontmatter, or a body that breaks the explanation rules stops the build.
 */
export function mdxTranslations(): Loader {
  return {
    name: 'portal-mdx-translations',
    async load({ store, parseData, config, watcher, generateDigest }) {
      const root = fileURLToPath(config.root);
      const ctx = explanationContext();
      store.clear();
      for (const collection of MDX_COLLECTIONS) {
        const dir = path.join(contentDir(), CONTENT_FILES[collection]);
        // The Chinese entries' own loader reads and checks them; here only their ids matter.
        const ids = new Set(readMdxIds(dir));
        const entries = readMdxTranslations(dir);
        const problems = [
          ...entries
            .filter((e) => !ids.has(e.id))
            .map((e) => ({ file: e.mdx!.file, entry: e.id, field: 'file', message: `there is no ${e.id}.mdx beside this English file` })),
          ...entries.flatMap((e) => {
            const r = mdxEnglishSchema.safeParse(e.data);
            return r.success
              ? []
              : r.error.issues.map((i) => ({
                  file: e.mdx!.file,
                  line: e.mdx!.lineOf(i.path),
                  entry: e.id,
                  field: i.path.join('.'),
                  message: i.message,
                }));
          }),
          ...explanationProblems(collection, entries, ctx, { english: true }),
        ];
        if (problems.length) throw new ContentError(`Content check failed:\n${formatProblems(problems)}`);
        for (const { id, data, mdx } of entries) {
          const key = `${collection}/${id}`;
          const parsed = await parseData({ id: key, data: { ...data, of: collection, entry: id }, filePath: mdx!.path });
          store.set(mdxRecord(key, parsed, mdx!, root, generateDigest));
        }
        watcher?.add(dir);
      }
    },
  };
}
