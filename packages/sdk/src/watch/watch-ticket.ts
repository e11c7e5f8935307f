/**
 * @internal The engine behind `SupportClient.watchTicket` (docs/design/quality.md, "Live
 * updates").
 *
 * The stream is opened through the same ky instance as every other call (base URL, headers, the
 * `Authorization` hook, typed errors), with ky's timeout and retries off; reading the stream,
 * reconnecting and the polling fallback stay here, on the `fetch` body. ky fits the rest poorly:
 * ky 1.x has no event-stream reader, its retries end once a response has arrived (a stream breaks
 * later, mid-body), its timeout would cut a healthy stream that stays open for hours, and each
 * reconnect sends a new `Last-Event-ID`. What is worth reconnecting for is the SDK's one retry rule,
 * `isRetryableError`; any other failure ends the watch.
 */
import { isSupportHttpError } from '../errors/support-http-error.js';
import { isRetryableError } from '../is-retryable-error.js';
import { validate } from '../internal/decode.js';
import { sleep } from '../internal/sleep.js';
import type { CallOptions } from '../options.js';
import { ticketSchema, type Ticket } from '../schemas/ticket.js';
import type { TicketChanges } from '../schemas/ticket-events.js';
import { readEventStream } from './read-event-stream.js';
import { eventStreamBody, jitter, parseJson } from './stream-response.js';

/** Options of `watchTicket`. */
export interface WatchOptions extends CallOptions {
  /**
   * How often the ticket is polled after 3 failed connects in a row, in milliseconds; a server's
   * `Retry-After` takes precedence. The stream is tried again between polls.
   * @default 15_000
   */
  pollIntervalMs?: number;
  /**
   * Wait before reconnecting after the stream ended, in milliseconds; jittered, and doubled after
   * each failed connect.
   * @default 1_000
   */
  reconnectDelayMs?: number;
}

/** How the watcher reaches the server. */
export interface WatchTransport {
  /**
   * Opens `GET /tickets/{id}/events?frames=changes`, sending `Last-Event-ID` when `lastVersion` > 0.
   */
  connect(lastVersion: number, signal: AbortSignal): Promise<Response>;
  /** `GET /tickets/{id}`. */
  poll(signal: AbortSignal): Promise<Ticket>;
}

const failedConnectsBeforePolling = 3;
/** A stream that ends sooner than this without a frame did not work (e.g. a buffering proxy). */
const healthyStreamMs = 10_000;
/** The server sends a heartbeat at least every 25 s; a silent minute means a dead connection. */
const idleTimeoutMs = 60_000;

export async function* watchTicket(
  transport: WatchTransport,
  options: WatchOptions = {},
): AsyncGenerator<Ticket, void, undefined> {
  const { pollIntervalMs = 15_000, reconnectDelayMs = 1_000, signal: callerSignal } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  callerSignal?.addEventListener('abort', stop, { once: true });
  if (callerSignal?.aborted) stop();

  const aborted = () => signal.aborted;
  let version = 0;
  /** What the server's `changes` frames apply to: the latest ticket; none after a mismatch. */
  let held: Ticket | undefined;
  let failedConnects = 0;
  /** Keeps `ticket` (unless older) as what changes apply to; whether the caller has not seen it. */
  const isNew = (ticket: Ticket) => {
    if (ticket.version < version) return false;
    held = ticket;
    if (ticket.version === version) return false;
    version = ticket.version;
    return true;
  };
  /** Rethrows what retrying cannot fix; otherwise returns the server's `Retry-After` in ms. */
  const recover = (error: unknown) => {
    if (!isRetryableError(error)) throw error;
    const seconds = isSupportHttpError(error) ? error.retryAfter : undefined;
    return seconds === undefined ? undefined : seconds * 1000;
  };

  try {
    while (!aborted()) {
      let serverDelay: number | undefined;
      // Each connection has its own signal, released when it ends, so a long watch does not pile
      // listeners onto the watch's signal.
      const connection = new AbortController();
      const release = () => connection.abort();
      signal.addEventListener('abort', release, { once: true });
      try {
        const response = await transport.connect(held?.version ?? 0, connection.signal);
        const body = eventStreamBody(response);
        // Not an event stream (e.g. a proxy's page): a failed connect; polling may still work.
        if (!body) failedConnects++;
        else {
          const opened = Date.now();
          let frames = 0;
          for await (const { event, data } of readEventStream(
            body,
            idleTimeoutMs,
            connection.signal,
          )) {
            if (frames++ === 0) failedConnects = 0;
            let json = parseJson(data);
            if (event === 'changes') {
              // Checked whole below, once appended to what is held (which strips the indices).
              const change = json as TicketChanges | undefined;
              // Not the very next version of what is held (or not an object): start over from a
              // whole ticket.
              if (
                !change ||
                held?.version !== change.version - 1 ||
                held.messages.length !== change.messagesFrom ||
                held.timeline.length !== change.timelineFrom
              ) {
                held = undefined;
                break;
              }
              json = {
                ...change,
                messages: held.messages.concat(change.messages),
                timeline: held.timeline.concat(change.timeline),
              };
            } else if (event !== 'ticket' && event !== 'message') continue;
            const ticket = validate(json, ticketSchema, response.status);
            if (!isNew(ticket)) continue;
            yield ticket;
            if (ticket.status === 'closed') return;
          }
          const quick = Date.now() - opened < healthyStreamMs;
          failedConnects = frames === 0 && quick ? failedConnects + 1 : 0;
        }
      } catch (error) {
        if (aborted()) return;
        serverDelay = recover(error);
        failedConnects++;
      } finally {
        signal.removeEventListener('abort', release);
        release();
      }
      if (failedConnects < failedConnectsBeforePolling) {
        await sleep(serverDelay ?? jitter(reconnectDelayMs * 2 ** failedConnects), signal);
        continue;
      }
      try {
        const ticket = await transport.poll(signal);
        if (isNew(ticket)) {
          yield ticket;
          if (ticket.status === 'closed') return;
        }
      } catch (error) {
        if (aborted()) return;
        serverDelay = recover(error);
      }
      await sleep(serverDelay ?? pollIntervalMs, signal);
    }
  } finally {
    callerSignal?.removeEventListener('abort', stop);
    controller.abort();
  }
}
