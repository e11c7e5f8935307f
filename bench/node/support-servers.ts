/**
 * The built support server on each storage target, in processes of its own, with the demo config:
 * PGlite in a new data directory, or PostgreSQL (`OPIN_TEST_DATABASE_URL`) in a schema made for the
 * run and dropped after it, where several instances may share the schema.
 * @internal
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withFreshSchema } from '@opin/tools/fresh-schema';
import {
  startSupportServerProcess,
  type SupportServerProcess,
  type SupportServerProcessOptions,
} from '@opin/tools/support-server';

/** Where the server keeps its tickets. */
export type Storage = 'PGlite' | 'PostgreSQL';

/** Where one server keeps its data: a PGlite data directory or a PostgreSQL URL. */
export type DatabaseTarget = SupportServerProcessOptions['database'];

/** The server's options other than the database. */
export type ServerSettings = Omit<SupportServerProcessOptions, 'database'>;

/** The PostgreSQL the benchmarks use, from `OPIN_TEST_DATABASE_URL`; `undefined` when unset. */
export function postgresUrl(): string | undefined {
  return process.env['OPIN_TEST_DATABASE_URL'] || undefined;
}

/** The storages this run can measure: PGlite always, PostgreSQL when its URL is set. */
export function availableStorages(): Storage[] {
  return postgresUrl() === undefined ? ['PGlite'] : ['PGlite', 'PostgreSQL'];
}

/** The sentence a section adds when PostgreSQL was not measured. */
export const postgresSkipped = 'PostgreSQL was not measured: `OPIN_TEST_DATABASE_URL` was not set.';

/**
 * Runs `work` with `instances` servers on one new database of `storage` (PGlite: one instance
 * only, as its data directory has one owner), then stops them and drops the data.
 */
export function withSupportServers<T>(
  storage: Storage,
  settings: ServerSettings,
  instances: number,
  work: (servers: SupportServerProcess[]) => Promise<T>,
): Promise<T> {
  if (storage === 'PGlite' && instances !== 1) {
    throw new Error('A PGlite data directory has one server.');
  }
  return withNewDatabase(storage, (database) =>
    withStarted(
      Array.from({ length: instances }, () => ({ ...settings, database })),
      work,
    ),
  );
}

/**
 * Runs `work` with a new database of `storage` (PGlite: a new data directory; PostgreSQL: a new
 * schema), then drops it.
 */
export async function withNewDatabase<T>(
  storage: Storage,
  work: (database: DatabaseTarget) => Promise<T>,
): Promise<T> {
  if (storage === 'PGlite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'opin-bench-'));
    try {
      return await work({ kind: 'embedded', dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const url = postgresUrl();
  if (url === undefined) throw new Error('OPIN_TEST_DATABASE_URL is not set.');
  return withFreshSchema(url, (schemaUrl) => work({ kind: 'postgres', url: schemaUrl }));
}

/** Runs `work` with one server on each of `storages` (in that order), all running at once. */
export function withOnePerStorage<T>(
  storages: readonly Storage[],
  settings: ServerSettings,
  work: (servers: SupportServerProcess[]) => Promise<T>,
  started: SupportServerProcess[] = [],
): Promise<T> {
  const [storage, ...rest] = storages;
  if (storage === undefined) return work(started);
  return withSupportServers(storage, settings, 1, ([server]) => {
    if (server === undefined) throw new Error(`No server on ${storage}.`);
    return withOnePerStorage(rest, settings, work, [...started, server]);
  });
}

/** Starts the servers one after the other (the first migrates), runs `work`, stops them all. */
export async function withStarted<T>(
  options: readonly SupportServerProcessOptions[],
  work: (servers: SupportServerProcess[]) => Promise<T>,
): Promise<T> {
  const servers: SupportServerProcess[] = [];
  try {
    for (const option of options) servers.push(await startSupportServerProcess(option));
    return await work(servers);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
