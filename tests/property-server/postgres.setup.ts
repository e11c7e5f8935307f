/**
 * Setup file of the root vitest project that runs the mock's property suites
 * (`packages/mock-server/test/property`) against the support server on the PostgreSQL at
 * `OPIN_TEST_DATABASE_URL`, each server in a schema made for it and dropped after it
 * (`@opin/tools/fresh-schema`). The project exists when that variable is set, or when
 * `OPIN_REQUIRE_POSTGRES=1` makes its absence a failure (as `scripts/test-api-external.ts` does).
 */
import { withFreshSchema } from '@opin/tools/fresh-schema';
import { afterAll } from 'vitest';
import { useWorldTarget } from '../../packages/mock-server/test/property/support/world.js';
import { SERVER_RUN_SHARE } from './run-share.js';
import { serverTarget, type ServerDatabase } from './server-world.js';

const url = process.env['OPIN_TEST_DATABASE_URL']?.trim() ?? '';

/** A fresh schema, held until the server that uses it is closed. */
function freshSchema(): Promise<ServerDatabase> {
  if (url === '') {
    throw new Error('OPIN_REQUIRE_POSTGRES=1 but OPIN_TEST_DATABASE_URL is not set.');
  }
  return new Promise((resolve, reject) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const dropped = withFreshSchema(url, async (schemaUrl) => {
      resolve({
        target: { kind: 'postgres', url: schemaUrl },
        release: async () => {
          release();
          await dropped;
        },
      });
      await held;
    });
    dropped.catch(reject);
  });
}

const target = serverTarget('server on PostgreSQL', SERVER_RUN_SHARE, freshSchema);
useWorldTarget(target);
afterAll(() => target.closeAll());
