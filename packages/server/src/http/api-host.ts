/**
 * The contract's handlers (`@opin/support-http`) mounted on the server's database: the ticket
 * repository, the Idempotency-Keys and the desk keys in SQL, the server clock, and, only with
 * `--demo`, the control endpoints `/_mock/*` and the `dev-<deskId>` keys.
 * @internal
 */
import type { Kysely } from 'kysely';
import { Directory, type SupportConfig } from '@opin/support-domain';
import {
  ApiClock,
  createHandlers,
  HttpState,
  resolveOptions,
  type ApiContext,
  type ApiOptions,
} from '@opin/support-http';
import { createNodeListener, type NodeListener } from '@opin/support-http/node';
import { SqlApiControl } from '../http-state/sql-api-control.js';
import { SqlIdempotencyStore } from '../http-state/sql-idempotency-store.js';
import { serverDeskKeys } from '../keys/server-desk-keys.js';
import type { PostgresTicketRepository } from '../repository/postgres-ticket-repository.js';
import type { Database } from '../storage/database.js';

/** What the API is mounted on. */
export interface ApiHostOptions {
  db: Kysely<Database>;
  tickets: PostgresTicketRepository;
  config: SupportConfig;
  /** The API's options (already checked by `resolveOptions`). */
  api: ApiOptions;
  demo: boolean;
  /** The server's origin (`http://host:port`). */
  origin: () => string;
  reportError: (error: unknown) => void;
}

/** A node:http listener that answers the whole contract over the server's storage. */
export function createApiListener(options: ApiHostOptions): NodeListener {
  const directory = new Directory(options.config);
  const ctx: ApiContext = {
    tickets: options.tickets,
    clock: new ApiClock(),
    options: resolveOptions(options.api),
    directory,
    http: new HttpState(new SqlIdempotencyStore(options.db)),
    deskKeys: serverDeskKeys(options.db, directory, options.demo),
    control: options.demo ? new SqlApiControl(options.db, options.tickets) : undefined,
    reportError: options.reportError,
  };
  return createNodeListener(createHandlers(ctx), {
    origin: options.origin,
    reportError: options.reportError,
  });
}
