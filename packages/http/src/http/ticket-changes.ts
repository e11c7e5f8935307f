/**
 * The data of an `event: changes` frame (`?frames=changes`, docs/design/api.md, "The event
 * stream"): the learner view of the new version, with only the messages and timeline events
 * appended since the version before. Both lists only ever grow at the end: a change saves only
 * what its rule appended (`@opin/support-domain`, `repository/ticket-change.ts`); should a version
 * change them otherwise, it has no change frame and goes out whole.
 * @internal
 */
import type { Ticket, TicketChanges } from '@opin/support-sdk/schemas';

/** Where a list ended at one version: how many items, and the id of the last. */
interface ListEnd {
  count: number;
  lastId: string | undefined;
}

/** What a change frame needs of the version before: its number and where its lists ended. */
export interface VersionMarks {
  version: number;
  messages: ListEnd;
  timeline: ListEnd;
}

function endOf(list: readonly { id: string }[]): ListEnd {
  return { count: list.length, lastId: list.at(-1)?.id };
}

/** The marks of a learner view. */
export function marksOf(view: Ticket): VersionMarks {
  return { version: view.version, messages: endOf(view.messages), timeline: endOf(view.timeline) };
}

/** The items after `end`, or `undefined` when `list` does not continue it. */
function appendedAfter<T extends { id: string }>(
  list: readonly T[],
  end: ListEnd,
): T[] | undefined {
  if (list.length < end.count || list[end.count - 1]?.id !== end.lastId) return undefined;
  return list.slice(end.count);
}

/**
 * The change from the version `before` marks to `view`, or `undefined` when `view` is not the very
 * next version or does not only append to its lists.
 */
export function changesSince(before: VersionMarks, view: Ticket): TicketChanges | undefined {
  if (view.version !== before.version + 1) return undefined;
  const messages = appendedAfter(view.messages, before.messages);
  const timeline = appendedAfter(view.timeline, before.timeline);
  if (!messages || !timeline) return undefined;
  return {
    ...view,
    messages,
    timeline,
    messagesFrom: before.messages.count,
    timelineFrom: before.timeline.count,
  };
}
