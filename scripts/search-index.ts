// The second step of `npm run build`, run once `astro build` has exited: the search index of dist/
// (src/integrations/search-index.ts says why it is not an Astro integration). BASE_PATH is read as
// astro.config.mjs reads it, so the index matches the build.
import path from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { basePath } from '../src/lib/paths.ts';

const start = performance.now();
const { pages, records } = await writeSearchIndex(path.resolve('dist'), basePath(process.env['BASE_PATH']));
const time = new Date().toTimeString().slice(0, 8);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(`${time} [search-index] indexed ${pages} pages and ${records} clauses, targets and terms (both languages) in ${seconds} s`);
