/**
 * Rate limit of ticket creations per client address over a rolling minute (server clock).
 * @internal
 */
import type { MockContext } from '../domain/context.js';
import { MockApiError } from '../domain/errors.js';

/** Request header the Node adapter sets to the socket's address (overwriting any sent one). */
export const CLIENT_ADDRESS_HEADER = 'x-opin-mock-client';
const WINDOW_MS = 60_000;

/** Per client address: times (server clock, ms) of its recent ticket creations, oldest first. */
export type RateWindows = Map<string, number[]>;

/** The caller's address; without the Node adapter (in a browser) everyone shares one bucket. */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'shared';
}

/** Counts one creation for this client in `windows`, or refuses: 429 with `Retry-After` (s). */
export function takeCreationSlot(ctx: MockContext, windows: RateWindows, client: string): void {
  const limit = ctx.options.rateLimitPerMinute;
  if (limit === 0) return;
  const now = ctx.clock.now().getTime();
  const recent = (windows.get(client) ?? []).filter((at) => at > now - WINDOW_MS);
  if (recent.length >= limit) {
    const oldest = recent[0] ?? now;
    const retryAfter = Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    windows.set(client, recent);
    throw new MockApiError(
      429,
      'rate_limited',
      `Too many tickets from this address; try again in ${retryAfter} s.`,
      undefined,
      { 'Retry-After': String(retryAfter) },
    );
  }
  recent.push(now);
  windows.set(client, recent);
}
