/**
 * A PostgreSQL schema made for one run and dropped after it, so that a server started for tests
 * never shares tables with another run (nor with the server's own tests, which make theirs the
 * same way). The connection URL it gives sets `search_path` to the schema.
 * @internal
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs `work` with a URL whose tables live in a new schema of the database at `url`. */
export async function withFreshSchema<T>(url: string, work: (schemaUrl: string) => Promise<T>) {
  const schema = `opin_run_${process.pid}_${randomBytes(4).toString('hex')}`;
  await run(url, `create schema ${schema}`);
  try {
    const schemaUrl = new URL(url);
    schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
    return await work(schemaUrl.toString());
  } finally {
    await run(url, `drop schema ${schema} cascade`);
  }
}

async function run(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
