/**
 * End-to-end tests: a learner in a portal page and a desk person in the desk console, in a real
 * Chromium, over the real HTTP mock server of the demo. Run with `pnpm test:e2e` (it builds the
 * examples first; the packages must be built: `pnpm build`).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@opin/source'] },
  ssr: { resolve: { conditions: ['@opin/source'] } },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One demo server for the whole run: files share its state, so they take turns.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
