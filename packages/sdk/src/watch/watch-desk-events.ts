/**
 * @internal The engine behind `DeskClient.watchEvents` (docs/design/realtime.md, section 3): holds
 * `GET /desk/events` open and hands each desk event to the caller, in `seq` order, once. It
 * reconnects by the rule `watchTicket` follows (`isRetryableError`; the server's `Retry-After`;
 * jittered back-off doubled after each failed connect, here capped) with `Last-Event-ID` = the last
 * seq the caller took, so nothing is lost or repeated across reconnects. There is no polling
 * fallback: the watch keeps trying and reports each failed connect. Any other failure, or one
 * thrown by the caller's callback, ends it.
 */
import { SupportResponseValidationError } from '../errors/support-response-validation-error.js';
import { isSupportHttpError } from '../errors/support-http-error.js';
import { isRetryableError } from '../is-retryable-error.js';
import { validate } from '../internal/decode.js';
import { sleep } from '../internal/sleep.js';
import type { CallOptions } from '../options.js';
import {
  deskEventSchema,
  deskEventTypeSchema,
  type DeskEvent,
  type DeskEventType,
} from '../schemas/desk-events.js';
import { readEventStream } from './read-event-stream.js';
import { eventStreamBody, jitter, parseJson } from './stream-response.js';

/** Options of `DeskClient.watchEvents`. */
export interface WatchEventsOptions extends CallOptions {
  /**
   * The `lastEventId` of an earlier watch (the last event it handed over): the watch goes on after
   * it. Without one, it starts now, with the events after it opens.
   */
  lastEventId?: string | undefined;
  /**
   * Called when the server cannot go on from `lastEventId` (older than the events it keeps, or
   * unknown to it, as after the mock's reset): the events in between are not available. Read
   * `queue()` to catch up; the watch goes on with the events after `latest`. The watch waits for a
   * returned promise.
   */
  onReset?: ((latest: string) => void | Promise<void>) | undefined;
  /** Called with each failed connect before the watch tries again (the watch goes on). */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * Wait before reconnecting after the stream ended, in milliseconds; jittered, and doubled after
   * each failed connect up to `maxReconnectDelayMs`.
   * @default 1_000
   */
  reconnectDelayMs?: number | undefined;
  /**
   * The longest wait between connects, in milliseconds (a server's `Retry-After` may be longer).
   * @default 30_000
   */
  maxReconnectDelayMs?: number | undefined;
}

/** A running `watchEvents`. */
export interface EventWatch {
  /** Ends the watch and closes its connection; `done` then resolves. */
  stop(): void;
  /**
   * The `seq` of the last event handed to the callback (once its promise resolved), or the seq the
   * server named as where the watch starts; `undefined` until either. Persist it to resume later.
   */
  readonly lastEventId: string | undefined;
  /**
   * Settles when the watch ends: resolves after `stop()` or an abort of `signal`; rejects with the
   * failure that ended it (an error retrying cannot fix, such as 401 for an unknown desk key, or
   * what a callback threw; a thrown value that is not an `Error` comes wrapped in one, as its
   * `cause`).
   */
  readonly done: Promise<void>;
}

/** How the watch reaches the server. */
export interface DeskEventsTransport {
  /** Opens `GET /desk/events`, sending `Last-Event-ID` when `lastEventId` is set. */
  connect(lastEventId: string | undefined, signal: AbortSignal): Promise<Response>;
}

/** What the caller's callback threw: it ends the watch as it is (a non-`Error` wrapped in one). */
class CallbackFailure extends Error {
  readonly thrown: Error;
  constructor(thrown: unknown) {
    super('A watchEvents callback threw.');
    this.thrown =
      thrown instanceof Error
        ? thrown
        : new Error('A watchEvents callback threw a value that is not an Error.', {
            cause: thrown,
          });
  }
}

/** A stream that ends sooner than this without a frame did not work (e.g. a buffering proxy). */
const healthyStreamMs = 10_000;
/** The server sends a heartbeat at least every 25 s; a silent minute means a dead connection. */
const idleTimeoutMs = 60_000;
const eventTypes: ReadonlySet<string> = new Set<DeskEventType>(deskEventTypeSchema.options);

export function watchDeskEvents(
  transport: DeskEventsTransport,
  onEvent: (event: DeskEvent) => void | Promise<void>,
  options: WatchEventsOptions = {},
): EventWatch {
  const { reconnectDelayMs = 1_000, maxReconnectDelayMs = 30_000, signal: callerSignal } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  callerSignal?.addEventListener('abort', stop, { once: true });
  if (callerSignal?.aborted) stop();
  const aborted = () => signal.aborted;
  let lastEventId = options.lastEventId;
  /** Connects in a row that brought no frame. */
  let failedConnects = 0;

  /** Runs a callback of the caller; what it throws ends the watch. */
  const call = async (callback: () => void | Promise<void>) => {
    try {
      await callback();
    } catch (error) {
      throw new CallbackFailure(error);
    }
  };

  /** Hands over the events of one connection, in order. */
  const readEvents = async (
    body: ReadableStream<Uint8Array>,
    status: number,
    connection: AbortController,
  ): Promise<void> => {
    const opened = Date.now();
    let frames = 0;
    for await (const { event, data } of readEventStream(body, idleTimeoutMs, connection.signal)) {
      if (frames++ === 0) failedConnects = 0;
      if (event === 'ready' || event === 'reset') {
        const latest = latestOf(parseJson(data), status);
        if (event === 'reset') await call(() => options.onReset?.(latest));
        lastEventId = latest;
        continue;
      }
      // A type this SDK does not know yet is skipped: the server may add types.
      if (!eventTypes.has(event)) continue;
      const deskEvent = validate(parseJson(data), deskEventSchema, status);
      if (lastEventId !== undefined && deskEvent.seq <= Number(lastEventId)) continue;
      await call(() => onEvent(deskEvent));
      lastEventId = String(deskEvent.seq);
    }
    const quick = Date.now() - opened < healthyStreamMs;
    failedConnects = frames === 0 && quick ? failedConnects + 1 : 0;
  };

  const run = async (): Promise<void> => {
    try {
      while (!aborted()) {
        let serverDelay: number | undefined;
        const connection = new AbortController();
        const release = () => connection.abort();
        signal.addEventListener('abort', release, { once: true });
        try {
          const response = await transport.connect(lastEventId, connection.signal);
          const body = eventStreamBody(response);
          // Not an event stream (e.g. a proxy's page): a failed connect, tried again.
          if (!body) {
            failedConnects++;
            options.onError?.(
              new SupportResponseValidationError('GET /desk/events sent no event stream.', {
                status: response.status,
              }),
            );
          } else {
            await readEvents(body, response.status, connection);
          }
        } catch (error) {
          if (error instanceof CallbackFailure) throw error.thrown;
          if (aborted()) return;
          if (!isRetryableError(error)) throw error;
          const seconds = isSupportHttpError(error) ? error.retryAfter : undefined;
          serverDelay = seconds === undefined ? undefined : seconds * 1000;
          failedConnects++;
          options.onError?.(error);
        } finally {
          signal.removeEventListener('abort', release);
          release();
        }
        const backoff = Math.min(maxReconnectDelayMs, reconnectDelayMs * 2 ** failedConnects);
        await sleep(serverDelay ?? jitter(backoff), signal);
      }
    } finally {
      callerSignal?.removeEventListener('abort', stop);
      controller.abort();
    }
  };

  const done = run();
  // The watch's end is reported through `done`; a caller who never reads it is not an unhandled
  // rejection.
  done.catch(() => undefined);
  return {
    stop,
    get lastEventId() {
      return lastEventId;
    },
    done,
  };
}

/** The `latest` seq of a `ready` or `reset` frame, as a `Last-Event-ID`. */
function latestOf(json: unknown, status: number): string {
  const latest = (json as { latest?: unknown } | undefined)?.latest;
  if (typeof latest !== 'number' || !Number.isSafeInteger(latest) || latest < 0) {
    throw new SupportResponseValidationError('A ready or reset frame without its latest seq.', {
      status,
    });
  }
  return String(latest);
}
