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
  /**
   * Event streams open at once on one ticket; one more is refused with 429 `rate_limited` and
   * `Retry-After`. `0` turns the limit off.
   * @default 10
   */
  maxStreamsPerTicket?: number;
  /**
   * Event streams open at once from one client address (the address the rate limit uses), over
   * all tickets; one more is refused with 429 `rate_limited` and `Retry-After`. `0` turns it off.
   * @default 100
   */
  maxStreamsPerClient?: number;
  /**
   * Bytes an event stream may hold unread (frames its reader has not taken yet). A stream whose
   * backlog reaches this is dropped: it ends with an error and its client reconnects with
   * `Last-Event-ID`. `0` turns the limit off.
   * @default 1048576
   */
  maxStreamBacklogBytes?: number;
  /**
   * Messages one ticket may hold (learner and desk messages together); one more is refused with
   * 409 `conflict`, so the ticket, and every frame and answer carrying it, stays bounded. `0`
   * turns the limit off.
   * @default 200
   */
  maxMessagesPerTicket?: number;
  /**
   * Learner writes (`POST /tickets/{id}/messages`, `POST /tickets/{id}/reopen`) allowed on one
   * ticket in any rolling minute of the server clock; one more is refused with 429 `rate_limited`
   * and `Retry-After`. `0` turns the limit off.
   * @default 20
   */
  learnerWritesPerMinute?: number;
}

/** @internal The options with every default filled in. */
export type ResolvedMockApiOptions = Required<MockApiOptions>;

/** @internal */
export const DEFAULT_BASE_PATH = '*/api/v1';

/** The options that take any number from 0 up (`heartbeatMs` must be positive). */
const nonNegativeOptions = [
  'rateLimitPerMinute',
  'ackWindowMinutes',
  'latencyMs',
  'maxStreamsPerTicket',
  'maxStreamsPerClient',
  'maxStreamBacklogBytes',
  'maxMessagesPerTicket',
  'learnerWritesPerMinute',
] as const;

/** @internal Fills in the defaults and rejects values that cannot work. */
export function resolveOptions(options: MockApiOptions = {}): ResolvedMockApiOptions {
  const resolved: ResolvedMockApiOptions = {
    basePath: (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, ''),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 60,
    ackWindowMinutes: options.ackWindowMinutes ?? 240,
    heartbeatMs: options.heartbeatMs ?? 25_000,
    latencyMs: options.latencyMs ?? 0,
    maxStreamsPerTicket: options.maxStreamsPerTicket ?? 10,
    maxStreamsPerClient: options.maxStreamsPerClient ?? 100,
    maxStreamBacklogBytes: options.maxStreamBacklogBytes ?? 1_048_576,
    maxMessagesPerTicket: options.maxMessagesPerTicket ?? 200,
    learnerWritesPerMinute: options.learnerWritesPerMinute ?? 20,
  };
  for (const name of nonNegativeOptions) requireNonNegative(name, resolved[name]);
  if (!(resolved.heartbeatMs > 0)) throw new RangeError('heartbeatMs must be a positive number.');
  return resolved;
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative number.`);
  }
}
