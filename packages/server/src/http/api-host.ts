/**
 * The contract's handlers (`@opin/support-http`) mounted on the server's database: the ticket
 * repository, the Idempotency-Keys and the desk keys in SQL, the server clock and its loop
 * (`./clock-loop.ts`), and, only with `--demo`, the control endpoints `/_mock/*` and the
 * `dev-<deskId>` keys.
 * @internal
 */
import type { Kysely } from 'kysely';
import { Directory, type ReplyKey, type SupportConfig } from '@opin/support-domain';
import {
  ApiClock,
  controlPathOf,
  createHandlers,
  HttpState,
  resolveOptions,
  type ApiContext,
  type ApiOptions,
} from '@opin/support-http';
import { createNodeListener, type NodeListener } from '@opin/support-http/node';
import { SqlApiControl } from '../http-state/sql-api-control.js';
import { SqlIdempotencyStore } from '../http-state/sql-idempotency-store.js';
import { SqlWebhookDeliveryLog } from '../http-state/sql-webhook-delivery-log.js';
import { serverDeskKeys } from '../keys/server-desk-keys.js';
import type { PostgresTicketRepository } from '../repository/postgres-ticket-repository.js';
import type { Database } from '../storage/database.js';
import { startClockLoop } from './clock-loop.js';

/** The API, mounted: its listener, and a stop for what runs beside it. */
export interface MountedApi {
  listener: NodeListener;
  /** The context the API runs on (for the inbound e-mail listener: its rules and write windows). */
  env: ApiContext;
  /** Stops the clock loop (the listener's streams end with `listener.endStreams()`). */
  stop(): Promise<void>;
}

/** What the API is mounted on. */
export interface ApiHostOptions {
  db: Kysely<Database>;
  tickets: PostgresTicketRepository;
  config: SupportConfig;
  /** The API's options (already checked by `resolveOptions`). */
  api: ApiOptions;
  demo: boolean;
  /** How often the clock loop applies what became due, in milliseconds. */
  clockIntervalMs: number;
  /** The server's origin (`http://host:port`). */
  origin: () => string;
  reportError: (error: unknown) => void;
  /** The reply key (`../mail/reply-key-store.ts`). */
  replyKey: ReplyKey;
  /** Called after a replay wrote webhook deliveries (pokes their sender, if it runs). */
  webhookQueued?: () => void;
}

/**
 * A node:http listener that answers the whole contract over the server's storage, and the clock
 * loop beside it.
 */
export function mountApi(options: ApiHostOptions): MountedApi {
  const directory = new Directory(options.config);
  const clock = new ApiClock();
  const ctx: ApiContext = {
    tickets: options.tickets,
    clock,
    options: resolveOptions(options.api),
    directory,
    http: new HttpState(new SqlIdempotencyStore(options.db)),
    deskKeys: serverDeskKeys(options.db, directory, options.demo),
    control: options.demo ? new SqlApiControl(options.db, options.tickets) : undefined,
    webhookDeliveries: new SqlWebhookDeliveryLog(
      options.db,
      () => clock.now(),
      () => options.webhookQueued?.(),
    ),
    reportError: options.reportError,
    replyKey: options.replyKey,
  };
  const listener = createNodeListener(createHandlers(ctx), {
    origin: options.origin,
    reportError: options.reportError,
    controlPath: ctx.control ? controlPathOf(ctx.options) : undefined,
  });
  const loop = startClockLoop(ctx, options.clockIntervalMs, options.reportError);
  return { listener, env: ctx, stop: () => loop.stop() };
}
