import { defineConfig } from 'vitest/config';

// Three projects: pure units, checks of the built dist/, and real-browser tests (npm test builds first).
// They run one after another (groupOrder): the content tests build copies of the site and the browser
// tests run `astro dev`, and both write Astro's working folder (.astro/), so they must never overlap.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/graphics/**/*.test.ts', 'tests/content/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
