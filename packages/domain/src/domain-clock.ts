/**
 * The server clock as the rules read it. The mock's clock can be moved forward
 * (`@opin/support-mock-server`'s `MockClock`); a server's is the system time.
 * @internal
 */

/** The current server time. */
export interface DomainClock {
  /** The current server time. */
  now(): Date;
  /** The current server time as an ISO 8601 UTC string. */
  nowIso(): string;
}
