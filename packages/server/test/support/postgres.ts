/**
 * Tests on a real PostgreSQL. They read `OPIN_TEST_DATABASE_URL` (a role that may create schemas
 * in its database; `.ci/run` sets one up). Without it they are skipped, and say so in their name;
 * with `OPIN_REQUIRE_POSTGRES=1` a missing URL fails instead. Each test file works in a schema of
 * its own, made for the run and dropped after it, so runs never collide.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/storage/database.js';
import type { OpenedDatabase } from '../../src/storage/opened-database.js';
import { openStorage } from '../../src/storage/open.js';
import { silentLog } from './silent-log.js';
import { afterAll, beforeAll, describe } from 'vitest';

const url = process.env['OPIN_TEST_DATABASE_URL']?.trim() || undefined;
const required = process.env['OPIN_REQUIRE_POSTGRES'] === '1';

/**
 * `describe` for PostgreSQL tests: runs them when a test database is configured, skips them
 * visibly when it is not, and fails when it is required but not configured.
 */
export function describeOnPostgres(name: string, body: () => void): void {
  if (url !== undefined) {
    describe(`${name} (PostgreSQL)`, body);
  } else if (required) {
    describe(`${name} (PostgreSQL)`, () => {
      beforeAll(() => {
        throw new Error('OPIN_REQUIRE_POSTGRES=1 but OPIN_TEST_DATABASE_URL is not set.');
      });
      body();
    });
  } else {
    describe.skip(`${name} (PostgreSQL: skipped, OPIN_TEST_DATABASE_URL is not set)`, body);
  }
}

/**
 * Makes a fresh schema before the file's tests and drops it after them. The returned function
 * gives a connection URL whose `search_path` is that schema.
 */
export function useFreshSchema(): () => string {
  let schemaUrl: string | undefined;
  let schema: string | undefined;
  beforeAll(async () => {
    if (url === undefined) return;
    schema = `opin_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin(url, `create schema ${schema}`);
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    schemaUrl = withSchema.toString();
  });
  afterAll(async () => {
    if (url !== undefined && schema !== undefined) {
      await admin(url, `drop schema ${schema} cascade`);
    }
  });
  return () => {
    if (schemaUrl === undefined) throw new Error('no test schema (OPIN_TEST_DATABASE_URL unset?)');
    return schemaUrl;
  };
}

async function admin(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * One migrated database on a fresh schema per test file (the twin of `useInMemoryPglite`): opened
 * before the file's tests, closed after them. Call inside `describeOnPostgres`.
 */
export function useOpenedPostgres(): () => Kysely<Database> {
  const schemaUrl = useFreshSchema();
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('the database is not open yet');
    return opened.db;
  };
}
