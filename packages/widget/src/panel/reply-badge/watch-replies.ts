/**
 * The launcher's watcher for replies (docs/design/widget.md, "A returning learner"): when this
 * browser remembers a ticket of the element's API, the host loads the panel's module (nothing
 * else) and starts this. It follows the newest remembered ticket, the one the start step shows
 * first, live (`watchTicket`), and marks the launcher while that ticket has a reply the learner
 * has not read (`unseenReplyFrom`). Reading it in the ticket view clears the mark once the dialog
 * closes, or at once when another tab of the site read it. A ticket that is gone, or whose access
 * ended, is not followed further. Ends when the host leaves the document, or when the ticket is
 * closed.
 * @internal
 */
import { createSupportClient, type Ticket } from '@opin/support-sdk';
import type { PanelHostElement } from '../../panel-contract.js';
import { createSafeStorage } from '../stores/safe-storage.js';
import { TicketStore } from '../stores/ticket-store.js';
import { unseenReplyFrom } from '../stores/unseen-reply.js';
import { LauncherBadge } from './launcher-badge.js';

/** The watcher of each host element: starting another stops it first. */
const watchers = new WeakMap<PanelHostElement, () => void>();

const nothingToStop = (): void => undefined;

/**
 * Follows the newest remembered ticket for `element` and marks its launcher while a reply is
 * unread. Returns the function that stops it (and removes the mark).
 */
export function watchReplies(element: PanelHostElement): () => void {
  watchers.get(element)?.();
  const root = element.shadowRoot;
  const launcher = root?.querySelector<HTMLElement>('[part~=launcher]');
  if (!element.isConnected || element.mode !== 'launcher' || !root || !launcher) {
    return nothingToStop;
  }
  const store = new TicketStore(createSafeStorage(), element.apiBase);
  const [entry] = store.list();
  if (!entry) return nothingToStop;

  const abort = new AbortController();
  const { signal } = abort;
  const badge = new LauncherBadge(root, launcher, () => element.lang);
  let latest: Ticket | undefined;
  const update = () => {
    // What the ticket view recorded as seen since, read afresh.
    const known = store.list().find((stored) => stored.id === entry.id);
    badge.show(
      known !== undefined &&
        latest !== undefined &&
        latest.status !== 'closed' &&
        unseenReplyFrom({ entry: known, ticket: latest }) !== null,
    );
  };
  element.addEventListener('opin-hide', update, { signal });
  addEventListener('storage', update, { signal });

  void (async () => {
    try {
      const client = createSupportClient({ baseUrl: element.apiBase });
      for await (const ticket of client.watchTicket(entry, { signal })) {
        latest = ticket;
        update();
      }
    } catch {
      // Gone, or no longer ours (404, 401), an API base the SDK refuses, or aborted: nothing to
      // mark.
    }
  })();

  const stop = () => {
    abort.abort();
    badge.show(false);
    if (watchers.get(element) === stop) watchers.delete(element);
  };
  watchers.set(element, stop);
  return stop;
}
