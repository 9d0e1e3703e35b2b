// The second step of `npm run build`, run once `astro build` has exited: the search index of dist/
// (src/integrations/search-index.ts says why it is not an Astro integration). BASE_PATH is read as
// astro.config.mjs reads it, so the index matches the build.
// The records come from a child process of this script (`--records`): reading the content takes some 400 MB at
// 10,000 projects, which V8 keeps once it has it, and Pagefind, the build's largest step, would run beside it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { indexRecords, writeSearchIndex, type IndexRecord } from '../src/integrations/search-index.ts';
import { basePath } from '../src/lib/paths.ts';

if (process.argv.includes('--records')) {
  process.stdout.write(JSON.stringify(indexRecords(basePath(process.env['BASE_PATH']))));
} else {
  const start = performance.now();
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--records'], {
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const records = JSON.parse(child.stdout) as IndexRecord[];
  const pages = await writeSearchIndex(path.resolve('dist'), records);
  const time = new Date().toTimeString().slice(0, 8);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `${time} [search-index] indexed ${pages} pages and ${records.length} clauses, targets and terms (both languages) in ${seconds} s`,
  );
}
