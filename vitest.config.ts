import { defineConfig } from 'vitest/config';

// Four projects: pure units (content checks in-process), integration (full builds of content copies
// and the CLI), checks of the built dist/, and real-browser tests (npm test builds first). They run one
// after another (groupOrder), and integration files one at a time: builds and `astro dev` write Astro's
// working folder (.astro/), so they must never overlap.
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
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          // A page's state polled for (expect.poll) gets 5 s, not 1: on a busy two-core machine, a
          // chart opened at a step took longer than 1 s to draw it once.
          expect: { poll: { timeout: 5_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
