// Vitest global setup for browser tests: serves the built dist/ for the whole run.
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return server.stop;
}
