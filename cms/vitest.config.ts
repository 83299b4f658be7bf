import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A few tests load large modules (Strapi's own Blocks schema, sharp) the first time; on a
          // busy 2-core machine, with other stages of `pnpm test` beside them, that passed 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // One Strapi per test file, booted once; files run one after another (memory, SQLite).
          pool: 'threads',
          fileParallelism: false,
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
