/**
 * One client's event stream of one ticket: the shared frames of the ticket's feed, only versions
 * after the one it has seen, and the feed's heartbeats. Cancelling it leaves the feed; however it
 * ends, `onEnd` runs once (it gives back the stream's place).
 * @internal
 */
import type { StoredTicket } from '../domain/model.js';
import type { HttpContext } from './context.js';
import type { FeedConsumer } from './ticket-feeds.js';

/** The event stream of `ticket` for a client that has seen `lastSeen` (0: nothing). */
export function ticketEventStream(
  ctx: HttpContext,
  ticket: StoredTicket,
  lastSeen: number,
  onEnd: () => void = () => undefined,
): ReadableStream<Uint8Array> {
  let leave = (): void => undefined;
  let open = true;
  const finish = () => {
    if (!open) return false;
    open = false;
    leave();
    onEnd();
    return true;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = lastSeen;
      const consumer: FeedConsumer = {
        frame(version, bytes) {
          if (!open || version <= sent) return;
          sent = version;
          controller.enqueue(bytes);
        },
        heartbeat(bytes) {
          if (open) controller.enqueue(bytes);
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
  });
}
