/**
 * A desk's webhook delivery log and its replays (docs/design/realtime.md, "Delivery log and
 * replay"), as the desk endpoints read and write it: the server keeps it in `webhook_deliveries`;
 * the mock, where no desk has a webhook, has none (`noWebhookDeliveries`).
 * @internal
 */
import { notFound, pageOf, type Page, type PageRequest } from '@opin/support-domain';
import type { WebhookDelivery, WebhookDeliveryState } from '@opin/support-sdk/schemas';

/** Which deliveries a list holds. */
export interface WebhookDeliveryFilter {
  state?: WebhookDeliveryState | undefined;
  ticketId?: string | undefined;
}

/** The most deliveries one `POST /desk/webhook/replay` writes. */
export const MAX_REPLAYED_PER_CALL = 1_000;

/** The desks' delivery logs. */
export interface WebhookDeliveryLog {
  /**
   * A page of `desk`'s deliveries matching `filter`, newest first; a cursor that names none of the
   * desk's deliveries is refused (400, as in api.md "Paging").
   */
  list(
    desk: string,
    filter: WebhookDeliveryFilter,
    page: PageRequest,
  ): Promise<Page<WebhookDelivery>>;
  /**
   * Writes a new delivery of the event `id` delivered (or failed to), due now; 404 when `id` is not
   * one of `desk`'s deliveries, 409 when a delivery of that event is pending.
   */
  replay(desk: string, id: string): Promise<WebhookDelivery>;
  /**
   * Replays `desk`'s failed deliveries (written at or after `since`, if given), one per event and
   * none of an event already pending, at most {@link MAX_REPLAYED_PER_CALL}; resolves to how many.
   */
  replayFailed(desk: string, since: string | undefined): Promise<number>;
}

/** The log of a host where no desk has a webhook: always empty. */
export const noWebhookDeliveries: WebhookDeliveryLog = {
  list: (_desk, _filter, page) =>
    Promise.resolve().then(() =>
      pageOf<WebhookDelivery>(
        [],
        () => true,
        (delivery) => delivery.id,
        page,
      ),
    ),
  replay: () => Promise.reject(notFound('No such webhook delivery.')),
  replayFailed: () => Promise.resolve(0),
};
