/**
 * Options of one API instance (the mock's or the server's), with their defaults.
 */
import { defaultRuleOptions } from '@opin/support-domain';
import { requireOrigins } from './http/control-origin.js';
import { trustedProxyRanges } from './http/client-key.js';
import { baseLocation } from './http/request-target.js';

/** How an API instance behaves. Every option has a default. */
export interface ApiOptions {
  /**
   * Where the API lives: `*` and a path (any origin), a path, or a URL. The default matches
   * `/api/v1` on any origin.
   * @default '*\/api/v1'
   */
  basePath?: string;
  /**
   * Ticket creations allowed per client in any rolling minute; `0` turns the limit off. A client
   * is an IPv4 address or an IPv6 /64 (see `trustedProxies`).
   * @default 60
   */
  rateLimitPerMinute?: number;
  /**
   * Ticket creations allowed from all clients together in any rolling minute; `0` turns this
   * ceiling off.
   * @default 1200, or 0 when `rateLimitPerMinute` is 0
   */
  globalRateLimitPerMinute?: number;
  /**
   * Addresses or CIDR ranges of proxies in front of the server (e.g. `['10.0.0.0/8', '::1']`).
   * Only when a request comes from one of them is `X-Forwarded-For` read, from the right: the
   * first address that is not a trusted proxy is the client. Without it, `X-Forwarded-For` is
   * ignored and the socket's address is the client.
   * @default []
   */
  trustedProxies?: readonly string[];
  /**
   * Browser origins, besides the mock's own and any origin on loopback, that may use the mock's
   * `/_mock/*` endpoints (e.g. `['http://192.0.2.10:5173']` for a desk console served to another
   * machine). Pages on any other origin are refused with 403.
   * @default []
   */
  mockControlOrigins?: readonly string[];
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
   * How long an Idempotency-Key is remembered after its first use, in minutes of the server
   * clock; a repeat after that creates a new ticket.
   * @default 1440
   */
  idempotencyTtlMinutes?: number;
  /**
   * Interval of the heartbeat comment on event streams (of tickets and of desks), in milliseconds.
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
   * Desk event streams (`GET /desk/events`) open at once for one desk; one more is refused with
   * 429 `rate_limited` and `Retry-After`. `0` turns the limit off.
   * @default 5
   */
  maxStreamsPerDesk?: number;
  /**
   * Event streams open at once from one client address (the address the rate limit uses), over
   * all tickets and desks; one more is refused with 429 `rate_limited` and `Retry-After`. `0` turns it off.
   * @default 100
   */
  maxStreamsPerClient?: number;
  /**
   * Bytes an event stream may hold unread (frames its reader has not taken yet). A ticket stream
   * whose backlog reaches this is dropped: it ends with an error and its client reconnects with
   * `Last-Event-ID`. A desk event stream stops reading its log at this backlog and is dropped only
   * if it is still full at a heartbeat. `0` turns the limit off.
   * @default 1048576
   */
  maxStreamBacklogBytes?: number;
  /**
   * Messages one ticket may hold (learner and desk messages together), and as many internal notes
   * (notes, hand-off notes, decline reasons, consult answers); one more is refused with 409
   * `conflict`, so the ticket, and every frame and answer carrying it, stays bounded. `0` turns the
   * limit off.
   * @default 200
   */
  maxMessagesPerTicket?: number;
  /**
   * Times a learner may reopen one resolved ticket (`POST /tickets/{id}/reopen`, or a message to
   * it); one more is refused with 409 `conflict`, so learner actions cannot grow a ticket's timeline
   * without bound. Desk actions are not counted. `0` turns the limit off.
   * @default 20
   */
  maxReopensPerTicket?: number;
  /**
   * Learner writes (`POST /tickets/{id}/messages`, `POST /tickets/{id}/reopen`, and on the support
   * server the learner's replies by e-mail) allowed on one ticket in any rolling minute of the
   * server clock; one more is refused with 429 `rate_limited` and `Retry-After` (an e-mail with
   * SMTP 451, for the relay to try later). `0` turns the limit off.
   * @default 20
   */
  learnerWritesPerMinute?: number;
}

/** @internal The options with every default filled in. */
export type ResolvedApiOptions = Required<ApiOptions>;

/** @internal Ticket creations per minute from all clients together, unless told. */
export const DEFAULT_GLOBAL_RATE_LIMIT = 1200;

/** @internal */
export const DEFAULT_BASE_PATH = '*/api/v1';

/** The options that take any number from 0 up (`heartbeatMs` must be positive). */
const nonNegativeOptions = [
  'rateLimitPerMinute',
  'globalRateLimitPerMinute',
  'confirmationMailsPerHour',
  'ackWindowMinutes',
  'latencyMs',
  'maxStreamsPerTicket',
  'maxStreamsPerDesk',
  'maxStreamsPerClient',
  'maxStreamBacklogBytes',
  'maxMessagesPerTicket',
  'maxReopensPerTicket',
  'learnerWritesPerMinute',
] as const;

/** @internal Fills in the defaults and rejects values that cannot work. */
export function resolveOptions(options: ApiOptions = {}): ResolvedApiOptions {
  const resolved: ResolvedApiOptions = {
    basePath: (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, ''),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 60,
    globalRateLimitPerMinute:
      options.globalRateLimitPerMinute ??
      (options.rateLimitPerMinute === 0 ? 0 : DEFAULT_GLOBAL_RATE_LIMIT),
    trustedProxies: [...(options.trustedProxies ?? [])],
    mockControlOrigins: [...(options.mockControlOrigins ?? [])],
    confirmationMailsPerHour:
      options.confirmationMailsPerHour ?? defaultRuleOptions.confirmationMailsPerHour,
    ackWindowMinutes: options.ackWindowMinutes ?? defaultRuleOptions.ackWindowMinutes,
    idempotencyTtlMinutes: options.idempotencyTtlMinutes ?? 1440,
    heartbeatMs: options.heartbeatMs ?? 25_000,
    latencyMs: options.latencyMs ?? 0,
    maxStreamsPerTicket: options.maxStreamsPerTicket ?? 10,
    maxStreamsPerDesk: options.maxStreamsPerDesk ?? 5,
    maxStreamsPerClient: options.maxStreamsPerClient ?? 100,
    maxStreamBacklogBytes: options.maxStreamBacklogBytes ?? 1_048_576,
    maxMessagesPerTicket: options.maxMessagesPerTicket ?? defaultRuleOptions.maxMessagesPerTicket,
    maxReopensPerTicket: options.maxReopensPerTicket ?? defaultRuleOptions.maxReopensPerTicket,
    learnerWritesPerMinute: options.learnerWritesPerMinute ?? 20,
  };
  baseLocation(resolved.basePath);
  trustedProxyRanges(resolved.trustedProxies);
  requireOrigins(resolved.mockControlOrigins);
  for (const name of nonNegativeOptions) requireNonNegative(name, resolved[name]);
  if (!(resolved.heartbeatMs > 0)) throw new RangeError('heartbeatMs must be a positive number.');
  if (!(resolved.idempotencyTtlMinutes > 0 && Number.isFinite(resolved.idempotencyTtlMinutes))) {
    throw new RangeError('idempotencyTtlMinutes must be a positive number.');
  }
  return resolved;
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative number.`);
  }
}
