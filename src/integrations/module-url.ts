// `import url from './x?module-url'`: the address of `x` bundled as a chunk of its own, not the module. A stub imports
// its behaviour from that address only when the reader reaches for it (#15). A plain `import('./x')` would do the
// same, but Vite wraps each such import in its preload helper (1.8 KB, more than the stub), which every page would
// then fetch before any interaction; an import of a string it does not see is left alone.
import type { Plugin } from 'vite';

const SUFFIX = '?module-url';
const PREFIX = '\0module-url:';

export function moduleUrl(): Plugin {
  let base = '/';
  let serve = false;
  // The chunks this plugin emitted: other plugins' file URLs keep Rollup's own resolution.
  const emitted = new Set<string>();
  return {
    name: 'portal-module-url',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
      serve = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return target && PREFIX + target.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // `astro dev` bundles nothing: the module is served from its source file.
      if (serve) return `export default ${JSON.stringify(`${base.replace(/\/?$/, '/')}@fs${file}`)};`;
      // Only the browser's bundle holds the chunk; the server build never runs the stub.
      if (this.environment.config.consumer !== 'client') return 'export default "";';
      const ref = this.emitFile({ type: 'chunk', id: file });
      emitted.add(ref);
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    // From the site's root, not from the importing file: a stub small enough is written into the page (Astro inlines
    // it), where import.meta.url would be the page's address.
    resolveFileUrl({ referenceId, fileName }) {
      if (!emitted.has(referenceId)) return null;
      return JSON.stringify(base.replace(/\/?$/, '/') + fileName);
    },
  };
}
