import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The generator tests import code they generate into .tmp/; give a slow disk some room.
    testTimeout: 90_000,
  },
});
