/**
 * How long ago a ticket was filed, in the queue's compact form: `just now`, `12 min ago`,
 * `3 h ago`, `5 d ago`. Measured on this computer's clock: the mock server's clock can be moved ahead
 * (`Advance server clock`), a real backend's cannot.
 * @internal
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** `createdAt` (ISO 8601) as an age at `now`, rounded down; a future time counts as `just now`. */
export function ticketAge(createdAt: string, now: Date): string {
  const elapsed = now.getTime() - new Date(createdAt).getTime();
  if (Number.isNaN(elapsed)) return '';
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  return `${Math.floor(elapsed / DAY_MS)} d ago`;
}
