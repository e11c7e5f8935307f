/**
 * `@opin/support-domain`: the rules of Opin.fi support (docs/design/domain.md) — routing, the plan,
 * hand-offs, language, the ticket lifecycle and e-mail desks — over a storage-agnostic
 * `TicketRepository`, and the demo config. Shared by the mock server and the server; internal, with
 * no public API promises.
 * @internal
 */
export * from './articles.js';
export * from './change-ticket.js';
export * from './clock-due.js';
export * from './clock-rules.js';
export * from './desk-access.js';
export * from './desk-events.js';
export * from './desk-email-reply.js';
export * from './desk-messages.js';
export * from './directory.js';
export * from './support-config.js';
export * from './domain-clock.js';
export * from './domain-env.js';
export * from './errors.js';
export * from './handoffs.js';
export * from './inbound-email.js';
export * from './lifecycle.js';
export * from './model.js';
export * from './page.js';
export * from './plan.js';
export * from './reference.js';
export * from './routing.js';
export * from './rule-context.js';
export * from './rule-options.js';
export * from './ticket-edits.js';
export * from './tickets.js';
export * from './token.js';
export * from './views.js';
export * from './email/auto-reply.js';
export * from './email/finnish-time.js';
export * from './email/inbound-message-ids.js';
export * from './email/learner-texts.js';
export * from './email/outbox.js';
export * from './email/recipient-limit.js';
export { aboveMarker } from './email/reply-marker.js';
export * from './email/reply-tag.js';
export * from './learner-email-reply.js';
export * from './repository/desk-event-log.js';
export * from './repository/rule-records.js';
export * from './repository/ticket-change.js';
export * from './repository/ticket-follower.js';
export * from './repository/ticket-repository.js';
export * from './memory/memory-ticket-repository.js';
export * from './memory/memory-desk-event-log.js';
export * from './demo-config/index.js';
export * from './config-schemas/index.js';
