/**
 * `LISTEN ticket_changed` on a connection of its own (a pool's connections come and go), so a
 * change saved by any instance on the same PostgreSQL reaches this instance's followers. The
 * payload is `<id>:<version>` (`./ticket-notify.ts`). A lost connection is logged and made again
 * after a pause; changes saved meanwhile are not replayed (a follower that reconnects gets the
 * whole ticket, as a stream resumed after a restart does).
 * @internal
 */
import pg from 'pg';
import type { Logger } from '../log/logger.js';
import { changesChannel, parseChangeNotice, type ChangeNotice } from './ticket-notify.js';

/** How long to wait before listening again after the connection was lost. */
const reconnectAfterMs = 1_000;

/** A running listener. */
export interface ChangeListener {
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

/** Listens for changes on the PostgreSQL at `url`; resolves once listening. */
export async function listenForChanges(
  url: string,
  log: Logger,
  onChange: (notice: ChangeNotice) => void,
): Promise<ChangeListener> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel !== changesChannel || message.payload === undefined) return;
      const notice = parseChangeNotice(message.payload);
      if (notice) onChange(notice);
    });
    next.on('error', (error) => {
      log.warn({ err: { message: error.message } }, 'change listener connection lost');
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      if (!closed) retry = setTimeout(() => void connect().catch(onRetryFailed), reconnectAfterMs);
    });
    await next.connect();
    await next.query(`listen ${changesChannel}`);
    client = next;
  };
  const onRetryFailed = (error: unknown): void => {
    log.warn(
      { err: { message: error instanceof Error ? error.message : String(error) } },
      'change listener could not reconnect',
    );
    if (!closed) retry = setTimeout(() => void connect().catch(onRetryFailed), reconnectAfterMs);
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end();
      client = undefined;
    },
  };
}
