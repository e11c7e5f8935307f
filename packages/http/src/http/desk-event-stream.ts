/**
 * One client's stream of a desk's events (`GET /desk/events`, docs/design/realtime.md, section 3):
 * a reader of the desk's event log, not of live changes. It starts after the seq the client names
 * (`Last-Event-ID`), or now with an `event: ready` frame, or, for a seq the log cannot continue
 * from, with an `event: reset` frame; then it reads the log after the last event it sent, in pages
 * of {@link DESK_EVENT_PAGE}, whenever the log tells it something was appended. Because each desk's
 * events are committed in seq order, "after the last sent" never skips one; if retention removed
 * the next ones meanwhile, an `event: reset` comes before the first event still kept.
 *
 * Backpressure: the stream reads the next page only while its reader has room (less than
 * `maxStreamBacklogBytes` unread), so a slow reader costs a page of memory at most: the backlog
 * stays in the log. A reader whose queue is still full at a heartbeat is dropped (the stream
 * errors) and resumes with its `Last-Event-ID`. However it ends, `onEnd` runs once.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';
import type { ApiContext } from '../api-context.js';
import { SlowReaderError } from './event-stream.js';

/** Events read from the log at a time. */
export const DESK_EVENT_PAGE = 500;

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': heartbeat\n\n');

/** Where a stream starts: after `after`, first sending `opening` (`ready` or `reset`) if set. */
export interface DeskStreamStart {
  after: number;
  opening?: 'ready' | 'reset';
}

/**
 * Where the stream of a client that sent `lastEventId` (the header's value, `null` without one)
 * starts, given the seqs the log holds: after the seq it names; now (`ready`) without one; now
 * after a `reset` for a seq that is not digits, ahead of the log, or older than what it keeps.
 */
export function deskStreamStart(
  lastEventId: string | null,
  bounds: { latest: number; oldest: number },
): DeskStreamStart {
  const value = lastEventId?.trim() ?? '';
  if (value === '') return { after: bounds.latest, opening: 'ready' };
  const seq = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!(seq <= bounds.latest && seq >= bounds.oldest - 1)) {
    return { after: bounds.latest, opening: 'reset' };
  }
  return { after: seq };
}

/** One SSE frame of a desk event. */
function eventFrame(event: DeskEvent): Uint8Array {
  return encoder.encode(
    `event: ${event.type}\nid: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`,
  );
}

/** The `ready` or `reset` frame: the seq the stream continues after. */
function openingFrame(kind: 'ready' | 'reset', latest: number): Uint8Array {
  return encoder.encode(`event: ${kind}\nid: ${latest}\ndata: ${JSON.stringify({ latest })}\n\n`);
}

/** A desk event stream, once its start is known: the body and how to end it from outside. */
export interface DeskEventStream {
  readonly body: ReadableStream<Uint8Array>;
  /** Ends the stream as the server's own decision (the mock was reset). */
  end(): void;
}

/**
 * Opens the stream of `desk`'s events for one client. The log is followed before `start` reads
 * where the log is, so nothing appended in between is missed; `start` may reject (the stream is
 * then given up and `onEnd` runs), which the caller answers as an error response.
 */
export async function openDeskEventStream(
  ctx: ApiContext,
  desk: string,
  lastEventId: string | null,
  onEnd: () => void,
): Promise<DeskEventStream> {
  const log = ctx.tickets.deskEvents;
  const backlog = ctx.options.maxStreamBacklogBytes;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let open = true;
  let sent = 0;
  let reading = false;
  let again = false;
  let wake: (() => void) | undefined;
  let stopFollowing = (): void => undefined;
  const heartbeat: { timer?: ReturnType<typeof setInterval> } = {};
  // Read through functions: other callbacks change them while a read awaits.
  const ended = () => !open;
  const toldAgain = () => again;

  const finish = (): boolean => {
    if (!open) return false;
    open = false;
    clearInterval(heartbeat.timer);
    stopFollowing();
    wake?.();
    onEnd();
    return true;
  };
  const hasRoom = () => backlog === 0 || (controller.desiredSize ?? 1) > 0;
  /** Resolves when the reader has room again, or the stream ended. */
  const room = () =>
    hasRoom() || !open
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          wake = resolve;
        });
  /** Reads and sends every event after the last sent; one read at a time, again if told meanwhile. */
  const pump = async (): Promise<void> => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        for (;;) {
          await room();
          if (ended()) return;
          const page = await log.since(desk, sent, DESK_EVENT_PAGE);
          if (ended()) return;
          for (const event of page) {
            if (event.seq <= sent) continue;
            // Retention removed events the reader had not had: tell it to resynchronise.
            if (event.seq > sent + 1) controller.enqueue(openingFrame('reset', event.seq - 1));
            controller.enqueue(eventFrame(event));
            sent = event.seq;
          }
          if (page.length < DESK_EVENT_PAGE) break;
        }
      } while (toldAgain());
    } catch (error) {
      ctx.reportError(error);
      if (finish()) controller.error(error);
    } finally {
      reading = false;
    }
  };

  const body = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        const resolve = wake;
        wake = undefined;
        resolve?.();
      },
      cancel() {
        finish();
      },
    },
    // Counted in bytes: `desiredSize` is what may still be queued before reading stops.
    { highWaterMark: backlog > 0 ? backlog : 1, size: (chunk) => chunk.byteLength },
  );

  stopFollowing = log.follow(desk, () => void pump());
  try {
    const start = deskStreamStart(lastEventId, await log.bounds(desk));
    sent = start.after;
    if (start.opening) controller.enqueue(openingFrame(start.opening, start.after));
  } catch (error) {
    finish();
    throw error;
  }
  heartbeat.timer = setInterval(() => {
    if (!open) return;
    if (backlog > 0 && (controller.desiredSize ?? 1) <= 0) {
      if (finish()) {
        controller.error(
          new SlowReaderError(`The reader fell ${backlog} bytes behind; reconnect.`),
        );
        ctx.http.feeds.dropped += 1;
      }
      return;
    }
    controller.enqueue(HEARTBEAT);
  }, ctx.options.heartbeatMs);
  void pump();
  return {
    body,
    end() {
      if (finish()) controller.close();
    },
  };
}
