// Serves the built dist/ exactly as a static host would (Astro's preview server). Shared by tests and benchmarks.
// `root` and `base` serve another build, such as the /portal/ variant of tests/site/build-copy.ts, at its base path.
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';

export async function serveDist(
  port = 4399,
  { root = process.cwd(), base = '/' }: { root?: string; base?: string } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(path.join(root, 'dist/index.html'))) throw new Error(`${root}/dist/ is missing: run \`npm run build\` first`);
  const server = await preview({ root, base, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
