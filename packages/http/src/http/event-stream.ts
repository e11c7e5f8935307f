/**
 * One client's event stream of one ticket: the shared frames of the ticket's feed, only versions
 * after the one it has seen, and the feed's heartbeats. With `frames: 'changes'` a version right
 * after the one the stream sent (or the client named) goes as its `changes` frame when it has one;
 * every other version, and a `Last-Event-ID` ahead of the ticket, gets the whole `ticket` frame. Cancelling it leaves the feed; however it
 * ends, `onEnd` runs once (it gives back the stream's place).
 *
 * Backpressure: frames wait in the stream's queue until its reader takes them (the Node adapter
 * reads only as fast as the socket drains). A reader that falls `maxStreamBacklogBytes` behind is
 * dropped: its queue is discarded and the stream errors, and the client reconnects with
 * `Last-Event-ID` (the SDK does), getting the current ticket in one frame.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import type { EventFrames } from '@opin/support-sdk/schemas';
import type { StoredTicket } from '@opin/support-domain';
import type { FeedConsumer } from './ticket-feeds.js';

/** Why a stream was dropped: its reader fell too far behind. */
export class SlowReaderError extends Error {
  override readonly name = 'SlowReaderError';
}

/** How a stream starts and what its frames carry. */
export interface StreamRequest {
  /** The version the client has seen (`Last-Event-ID`); 0: nothing. */
  lastSeen: number;
  /** `ticket`: every version whole (as before `?frames=` existed); `changes`: changes when it can. */
  frames: EventFrames;
}

/** The event stream of `ticket` for the client's `request`. */
export function ticketEventStream(
  ctx: ApiContext,
  ticket: StoredTicket,
  { lastSeen, frames: kind }: StreamRequest,
  onEnd: () => void = () => undefined,
): ReadableStream<Uint8Array> {
  const changes = kind === 'changes';
  let leave = (): void => undefined;
  let open = true;
  const finish = () => {
    if (!open) return false;
    open = false;
    leave();
    onEnd();
    return true;
  };
  const backlog = ctx.options.maxStreamBacklogBytes;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // A version ahead of the ticket is none this server sent: in change mode, start whole.
        let sent = changes && lastSeen > ticket.version ? 0 : lastSeen;
        /** Queues `bytes`, or drops the stream if its unread backlog already reached the limit. */
        const send = (bytes: Uint8Array) => {
          const room = controller.desiredSize;
          if (backlog > 0 && room !== null && room <= 0) {
            if (finish()) {
              controller.error(
                new SlowReaderError(`The reader fell ${backlog} bytes behind; reconnect.`),
              );
              ctx.http.feeds.dropped += 1;
            }
            return;
          }
          controller.enqueue(bytes);
        };
        const consumer: FeedConsumer = {
          frame(version, frames) {
            if (!open || version <= sent) return;
            const next = changes && version === sent + 1 ? frames.changes() : undefined;
            sent = version;
            send(next ?? frames.whole());
          },
          heartbeat(bytes) {
            if (open) send(bytes);
          },
          end() {
            if (finish()) controller.close();
          },
        };
        leave = ctx.http.feeds.follow(ctx, ticket, consumer);
        if (!open) leave();
      },
      cancel() {
        finish();
      },
    },
    // Counted in bytes: `desiredSize` is what may still be queued before the reader is dropped.
    { highWaterMark: backlog > 0 ? backlog : 1, size: (chunk) => chunk.byteLength },
  );
}
