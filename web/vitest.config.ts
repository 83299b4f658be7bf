import { fileURLToPath } from 'node:url';
import { defineVitestProject } from '@nuxt/test-utils/config';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` for pure code (plain Node, fast) and `nuxt` for components, mounted in a
// Nuxt runtime on happy-dom. End-to-end tests (test/e2e/**) are a project of their own.
export default defineConfig({
  test: {
    // mountSuspended wraps components in <Suspense>; Vue's notice about that is noise here.
    onConsoleLog: (log) => !log.includes('<Suspense> is an experimental feature'),
    projects: [
      {
        // Server mappers import shared code through Nuxt's alias; plain Node needs it spelled out.
        resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      await defineVitestProject({
        test: {
          name: 'nuxt',
          include: ['test/nuxt/**/*.test.ts'],
          environment: 'nuxt',
          // Starting Nuxt's test environment takes seconds on a busy 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          environmentOptions: {
            nuxt: { domEnvironment: 'happy-dom' },
          },
        },
      }),
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
          // In CI a failed browser test runs once more before the stage fails: one red run there
          // keeps everything from landing, and a failure that did not repeat could not be read
          // (CI keeps only the end of its output). A test that passes only on its second run is
          // still reported by name at the end of `pnpm test` (scripts/test-failures.mjs): `test:e2e`
          // lists every test (--slowTestThreshold 0), with "(retry x1)" after such a one.
          retry: process.env.CI ? 1 : 0,
        },
      },
      {
        // `pnpm bench`: one table of figures beside their budgets (test/bench/README.md), from the
        // same real stack; never part of `pnpm test`. Missing tools stop it before the stack starts.
        test: {
          name: 'figures',
          include: ['test/bench/figures.ts'],
          environment: 'node',
          globalSetup: ['test/bench/tools-check.ts', 'test/e2e/support/global-setup.ts'],
          pool: 'forks',
          testTimeout: 20 * 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `pnpm bench:scale`: issue #9's figures for 100 / 2,000 / 10,000 generated articles side by
        // side, each size on a temporary stack of its own (no global setup); never part of `pnpm test`.
        test: {
          name: 'scale',
          include: ['test/bench/scale.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 4 * 60 * 60_000,
        },
      },
    ],
  },
});
