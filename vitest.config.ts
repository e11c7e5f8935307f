import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@opin/source'] },
  ssr: { resolve: { conditions: ['@opin/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'tests/**/*.test.ts',
      'bench/**/*.test.ts',
      'examples/**/*.test.ts',
    ],
    // The widget's and the desk console's browser tests run in Chromium under @web/test-runner
    // (`pnpm test:browser`).
    // End-to-end tests have their own config (`pnpm test:e2e`).
    exclude: [
      ...configDefaults.exclude,
      'packages/widget/test/!(unit)/**',
      'examples/desk-console/test/browser/**',
      'tests/e2e/**',
    ],
    // Ceilings for a test that hangs, generous so that a busy machine never reaches them: the
    // property-based tests take seconds each when every core is busy (`pnpm test:busy`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
