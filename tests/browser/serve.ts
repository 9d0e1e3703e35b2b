// Vitest global setup for browser tests: serves the built dist/ exactly as a static host would.
import fs from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
