import { defineConfig } from 'vitest/config';

// Three projects: pure units, checks of the built dist/, and real-browser tests (npm test builds first).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
