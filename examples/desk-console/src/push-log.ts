/**
 * The short log of the last pushes the console took from the desk event stream, newest first, as
 * the queue pane shows them ("Push: handoff.offered OPIN-… (seq 12)"). Events are thin (ids and
 * state), and the log lives in memory only: nothing of it is stored.
 * @internal
 */
import type { DeskEvent, DeskEventType } from '@opin/support-sdk/schemas';

/** One push as the log shows it. */
export interface PushEntry {
  /** The event's id, e.g. `opin:12`. */
  id: string;
  type: DeskEventType;
  ticketId: string;
  seq: number;
  /** When the console took it (ISO 8601). */
  receivedAt: string;
}

/** How many pushes the log shows. */
export const PUSH_LOG_LENGTH = 5;

/** `log` with `event` first, the same event id once, at most {@link PUSH_LOG_LENGTH} long. */
export function withPush(
  log: readonly PushEntry[],
  event: DeskEvent,
  receivedAt: Date,
): PushEntry[] {
  const entry: PushEntry = {
    id: event.id,
    type: event.type,
    ticketId: event.ticketId,
    seq: event.seq,
    receivedAt: receivedAt.toISOString(),
  };
  return [entry, ...log.filter((e) => e.id !== event.id)].slice(0, PUSH_LOG_LENGTH);
}

/** `Push: handoff.offered OPIN-482019375568 (seq 12)`. */
export function pushText(entry: PushEntry): string {
  return `Push: ${entry.type} ${entry.ticketId} (seq ${entry.seq})`;
}
