/**
 * Which tickets each desk has opened in this browser, so the queue can mark the others _New_.
 * Kept in `localStorage` per desk (a desk person coming back the next morning still sees what is
 * new to them); when storage is unavailable the marks last as long as the page.
 * @internal
 */

/** The most ticket references remembered per desk; the oldest are forgotten first. */
export const SEEN_PER_DESK = 500;

const keyOf = (deskId: string) => `opin-desk-console:v1:seen:${deskId}`;

/** The references `deskId` has opened, oldest first. */
export function readSeen(deskId: string, storage: Storage | undefined = safeStorage()): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyOf(deskId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers that `deskId` opened `ticketId`. */
export function markSeen(
  deskId: string,
  ticketId: string,
  storage: Storage | undefined = safeStorage(),
): void {
  const seen = readSeen(deskId, storage).filter((id) => id !== ticketId);
  seen.push(ticketId);
  const kept = seen.slice(-SEEN_PER_DESK);
  try {
    storage?.setItem(keyOf(deskId), JSON.stringify(kept));
  } catch {
    // Full or blocked storage: the console still forgets the mark for this page.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
