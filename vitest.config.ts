import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** The mock's property-based suites, run again against the support server (tests/property-server). */
const propertySuites = ['packages/mock-server/test/property/**/*.property.test.ts'];

/**
 * The support server as a target of the property suites: on PGlite in memory always; on
 * PostgreSQL when `OPIN_TEST_DATABASE_URL` is set, or when `OPIN_REQUIRE_POSTGRES=1` (as in
 * `.ci/run`) makes its absence a failure.
 */
function onServer(database: 'pglite' | 'postgres'): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `property suites on the support server (${database === 'pglite' ? 'PGlite' : 'PostgreSQL'})`,
      include: propertySuites,
      // The IP parsing is the same code whatever serves it: the mock's run covers it.
      exclude: [...configDefaults.exclude, '**/ip.property.test.ts'],
      setupFiles: [`tests/property-server/${database}.setup.ts`],
      // On PGlite, the files of a worker share its servers (`tests/property-server/pglite.setup.ts`):
      // each start runs initdb and the migrations in WebAssembly, which costs more than a file's
      // properties.
      isolate: database === 'postgres',
    },
  };
}

const postgres =
  (process.env['OPIN_TEST_DATABASE_URL']?.trim() ?? '') !== '' ||
  process.env['OPIN_REQUIRE_POSTGRES'] === '1';

export default defineConfig({
  resolve: { conditions: ['@opin/source'] },
  ssr: { resolve: { conditions: ['@opin/source'] } },
  test: {
    // Ceilings for a test that hangs, generous so that a busy machine never reaches them: the
    // property-based tests take seconds each when every core is busy (`pnpm test:busy`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'tests/**/*.test.ts',
            'bench/**/*.test.ts',
            'examples/**/*.test.ts',
          ],
          // The widget's and the desk console's browser tests run in Chromium under
          // @web/test-runner (`pnpm test:browser`).
          // End-to-end tests have their own config (`pnpm test:e2e`).
          exclude: [
            ...configDefaults.exclude,
            'packages/widget/test/!(unit)/**',
            'examples/desk-console/test/browser/**',
            'tests/e2e/**',
          ],
        },
      },
      onServer('pglite'),
      ...(postgres ? [onServer('postgres')] : []),
    ],
  },
});
