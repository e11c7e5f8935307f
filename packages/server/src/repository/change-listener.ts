/**
 * `LISTEN ticket_changed` and `LISTEN desk_event` on a connection of its own (a pool's connections
 * come and go), so a change saved by any instance on the same PostgreSQL reaches this instance's
 * followers: of the ticket (payload `<id>:<version>`, `./ticket-notify.ts`) and of the desks it
 * wrote events for (payload `<desk>:<seq>`, `./desk-event-notify.ts`). A lost connection is logged
 * and made again after a pause; notices sent meanwhile are not replayed, so once listening again it
 * calls `onResumed`, for the caller to catch up (the repository reads its followed tickets again
 * and tells every desk follower to read its log again).
 * @internal
 */
import pg from 'pg';
import type { Logger } from '../log/logger.js';
import {
  deskEventsChannel,
  parseDeskEventNotice,
  type DeskEventNotice,
} from './desk-event-notify.js';
import { changesChannel, parseChangeNotice, type ChangeNotice } from './ticket-notify.js';

/** How long to wait before listening again after the connection was lost. */
const reconnectAfterMs = 1_000;

/** A running listener. */
export interface ChangeListener {
  /** The PostgreSQL backend listening now, if connected (for diagnostics and tests). */
  readonly backendPid: number | undefined;
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

/** What the listener calls. */
export interface ChangeHandlers {
  /** A ticket's change was saved. */
  onChange(notice: ChangeNotice): void;
  /** Events were saved for a desk. */
  onDeskEvent?(notice: DeskEventNotice): void;
  /** Listening again after losing the connection: notices sent meanwhile were not heard. */
  onResumed?(): void;
}

/** Listens for changes on the PostgreSQL at `url`; resolves once listening. */
export async function listenForChanges(
  url: string,
  log: Logger,
  handlers: ChangeHandlers,
): Promise<ChangeListener> {
  let closed = false;
  let client: pg.Client | undefined;
  let backendPid: number | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: url,
      application_name: 'opin-support-server change listener',
    });
    next.on('notification', (message) => {
      if (message.payload === undefined) return;
      if (message.channel === changesChannel) {
        const notice = parseChangeNotice(message.payload);
        if (notice) handlers.onChange(notice);
      } else if (message.channel === deskEventsChannel) {
        const notice = parseDeskEventNotice(message.payload);
        if (notice) handlers.onDeskEvent?.(notice);
      }
    });
    // Only a connection that was listening is lost; a failed attempt rejects `connect` instead.
    const onLost = (message: string): void => {
      if (client !== next) return;
      client = undefined;
      void next.end().catch(() => undefined);
      if (closed) return;
      log.warn({ err: { message } }, 'change listener connection lost');
      retry = setTimeout(reconnect, reconnectAfterMs);
    };
    next.on('error', (error) => onLost(error.message));
    next.on('end', () => onLost('connection ended'));
    try {
      await next.connect();
      await next.query(`listen ${changesChannel}`);
      await next.query(`listen ${deskEventsChannel}`);
      const { rows } = await next.query<{ pid: number }>('select pg_backend_pid() as pid');
      backendPid = rows[0]?.pid;
    } catch (error) {
      void next.end().catch(() => undefined);
      throw error;
    }
    client = next;
  };
  const reconnect = (): void => {
    connect().then(() => {
      if (closed) return;
      log.info('change listener listening again');
      handlers.onResumed?.();
    }, onRetryFailed);
  };
  const onRetryFailed = (error: unknown): void => {
    log.warn(
      { err: { message: error instanceof Error ? error.message : String(error) } },
      'change listener could not reconnect',
    );
    if (!closed) retry = setTimeout(reconnect, reconnectAfterMs);
  };

  await connect();
  return {
    get backendPid() {
      return client === undefined ? undefined : backendPid;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end();
      client = undefined;
    },
  };
}
