// Serves the built dist/ exactly as a static host would (Astro's preview server). Shared by tests and benchmarks.
import fs from 'node:fs';
import { preview } from 'astro';

export async function serveDist(port = 4399): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
