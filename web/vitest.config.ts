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
          environmentOptions: {
            nuxt: { domEnvironment: 'happy-dom' },
          },
        },
      }),
    ],
  },
});
