/**
 * The played desk's event stream through the SDK's `DeskClient.watchEvents`, for the console's
 * {@link EventFeedController}. The SDK reports failed connects (`onError`) but not a successful
 * one, so this client's `fetch` says when `GET /desk/events` answered with an event stream: the
 * stream is open. Nothing is persisted: each follow starts at "now".
 * @internal
 */
import { createDeskClient } from '@opin/support-sdk/desk';
import type { FollowEvents } from './event-feed-controller.js';

/** True for a response that is an open event stream. */
function isEventStream(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return response.ok && /^text\/event-stream\s*(?:;|$)/i.test(type);
}

/** Follows the events of the desk with `deskKey` at `apiBase`. */
export function followDeskEvents(apiBase: string, deskKey: string): FollowEvents {
  return (handlers, signal) => {
    const desk = createDeskClient({
      baseUrl: apiBase,
      deskKey,
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        if (!signal.aborted && isEventStream(response)) handlers.onOpen();
        return response;
      },
    });
    const watch = desk.watchEvents((event) => handlers.onEvent(event), {
      signal,
      onReset: () => handlers.onReset(),
      onError: (error) => handlers.onError(error),
    });
    // It ended for good (e.g. an API without the stream answers 404): the console polls.
    watch.done.catch((error: unknown) => {
      if (!signal.aborted) handlers.onError(error);
    });
  };
}
