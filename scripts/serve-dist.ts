// Serves the built dist/ exactly as a static host would (Astro's preview server). Shared by tests and benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';

/** `root` is the project whose dist/ is served: this one, or a copy built by a test (tests/site/build-copy.ts). */
export async function serveDist(port = 4399, root = process.cwd()): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(path.join(root, 'dist/index.html'))) throw new Error(`${root}/dist/ is missing: run \`npm run build\` first`);
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
