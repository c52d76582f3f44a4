import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e files each build the site; on two cores they are faster one after another.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/setup.ts'],
          // Each file builds the site once in `beforeAll`; builds and browsers are slow on two cores.
          hookTimeout: 300_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
