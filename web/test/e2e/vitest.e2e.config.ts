// TEMPORARY: runs the e2e project on its own until web/vitest.config.ts carries the same block
// (then delete this file). Run from web/: vitest run --config test/e2e/vitest.e2e.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One real stack (built cms + built web) for all files; files run one after another.
          globalSetup: ['test/e2e/support/global-setup.ts'],
          setupFiles: ['test/e2e/support/setup-file.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
