/**
 * Options of one mock API instance, with their defaults.
 */

/** How a mock API instance behaves. Every option has a default. */
export interface MockApiOptions {
  /**
   * Where the API lives. The default matches `/api/v1` on any origin.
   * @default '*\/api/v1'
   */
  basePath?: string;
  /**
   * Ticket creations allowed per client address in any rolling minute; `0` turns the limit off.
   * @default 60
   */
  rateLimitPerMinute?: number;
  /**
   * Confirmation e-mails (one per new ticket) to one mailbox in any rolling hour of the server
   * clock; further tickets are filed but not confirmed by e-mail. Addresses that differ only in
   * case or a `+tag` are one mailbox. `0` turns the limit off.
   * @default 5
   */
  confirmationMailsPerHour?: number;
  /**
   * How long a desk has to accept a hand-off before it returns to the sender, in minutes of the
   * server clock.
   * @default 240
   */
  ackWindowMinutes?: number;
  /**
   * Interval of the heartbeat comment on ticket event streams, in milliseconds.
   * @default 25000
   */
  heartbeatMs?: number;
  /**
   * Artificial delay between accepting a ticket creation and storing it, in milliseconds; lets tests
   * observe an Idempotency-Key that is still in flight.
   * @default 0
   */
  latencyMs?: number;
}

/** @internal The options with every default filled in. */
export type ResolvedMockApiOptions = Required<MockApiOptions>;

/** @internal */
export const DEFAULT_BASE_PATH = '*/api/v1';

/** @internal Fills in the defaults and rejects values that cannot work. */
export function resolveOptions(options: MockApiOptions = {}): ResolvedMockApiOptions {
  const resolved: ResolvedMockApiOptions = {
    basePath: (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, ''),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 60,
    confirmationMailsPerHour: options.confirmationMailsPerHour ?? 5,
    ackWindowMinutes: options.ackWindowMinutes ?? 240,
    heartbeatMs: options.heartbeatMs ?? 25_000,
    latencyMs: options.latencyMs ?? 0,
  };
  requireNonNegative('rateLimitPerMinute', resolved.rateLimitPerMinute);
  requireNonNegative('confirmationMailsPerHour', resolved.confirmationMailsPerHour);
  requireNonNegative('ackWindowMinutes', resolved.ackWindowMinutes);
  requireNonNegative('latencyMs', resolved.latencyMs);
  if (!(resolved.heartbeatMs > 0)) throw new RangeError('heartbeatMs must be a positive number.');
  return resolved;
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative number.`);
  }
}
