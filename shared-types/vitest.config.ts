import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The generator tests import code they generate into .tmp/, and one runs the TypeScript
    // compiler over it: 43 s once beside the build on a busy 2-core machine (20 s was the limit).
    testTimeout: 90_000,
  },
});
