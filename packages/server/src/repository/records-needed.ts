/**
 * A rule reads the records synchronously, but a database answers asynchronously. So the records a
 * rule sees (`./sql-rule-records.ts`) hold what was loaded before it ran, and a read of anything
 * else throws {@link RecordsNeeded}: the repository then loads that within the same transaction and
 * runs the rule again from the start, on a fresh copy of the ticket (`./run-rule.ts`). Rules are
 * synchronous functions of the ticket and the records, so the second run decides as the first
 * would have with the records at hand.
 * @internal
 */

/** What a rule read that was not loaded yet. */
export type RecordsNeed =
  | { kind: 'ids'; prefix: 'evt' | 'msg' | 'note' | 'mail' }
  | { kind: 'outbox'; ticketId: string }
  | { kind: 'confirmations'; mailbox: string; afterMs: number }
  | { kind: 'inbound'; key: string };

/** Thrown by a read of records not loaded; never reaches a caller of the repository. */
export class RecordsNeeded extends Error {
  override readonly name = 'RecordsNeeded';

  constructor(readonly need: RecordsNeed) {
    super(`The rule needs records not loaded yet (${need.kind}).`);
  }
}
