/**
 * The options that bound the rules (docs/reliability.md): the same names and meanings as the mock's
 * options (`@opin/support-mock-server`'s `MockApiOptions`), which resolves them with their defaults.
 * @internal
 */

/** The options the rules read, resolved (no defaults left to apply). */
export interface RuleOptions {
  /** Minutes a pending hand-off waits to be accepted before it returns to its sender. */
  readonly ackWindowMinutes: number;
  /** Most messages, and most internal notes, one ticket holds; `0`: no limit. */
  readonly maxMessagesPerTicket: number;
  /** Most times a learner may reopen one ticket; `0`: no limit. */
  readonly maxReopensPerTicket: number;
  /** Most confirmation e-mails to one mailbox in any rolling hour; `0`: no limit. */
  readonly confirmationMailsPerHour: number;
}

/** The options' defaults: what the mock uses unless told otherwise. */
export const defaultRuleOptions: RuleOptions = {
  ackWindowMinutes: 240,
  maxMessagesPerTicket: 200,
  maxReopensPerTicket: 20,
  confirmationMailsPerHour: 5,
};
