import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@opin/source'] },
  ssr: { resolve: { conditions: ['@opin/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'tests/**/*.test.ts',
      'examples/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
});
