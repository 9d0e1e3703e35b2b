import { defineConfig } from 'vitest/config';

// Three kinds of test, run in this order by `npm test`:
//   unit    — pure functions, schemas and the real content, no build needed (src/**/*.test.ts)
//   site    — the built site in dist/: files, links, and bad content failing a real build (tests/site/)
//   browser — the built site served locally and driven in the system Chromium (tests/browser/)
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
