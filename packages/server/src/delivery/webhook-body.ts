/**
 * A desk event as a webhook's body: its JSON with the fields always in the schema's order, so the
 * body is byte for byte the same on every attempt and replay, however the event was stored (a
 * `jsonb` column keeps no key order).
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';

/** The body posted for `event`. */
export function webhookBody(event: DeskEvent): string {
  const { data } = event;
  return JSON.stringify({
    id: event.id,
    seq: event.seq,
    type: event.type,
    at: event.at,
    desk: event.desk,
    ticketId: event.ticketId,
    version: event.version,
    data: {
      status: data.status,
      owner: data.owner,
      assisting: data.assisting,
      handoff: data.handoff && {
        from: data.handoff.from,
        to: data.handoff.to,
        mode: data.handoff.mode,
        state: data.handoff.state,
      },
      timelineEventId: data.timelineEventId,
      ...(data.messageId === undefined ? {} : { messageId: data.messageId }),
    },
  });
}
