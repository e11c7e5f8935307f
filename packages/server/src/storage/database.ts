/**
 * The database as Kysely sees it: every table and its row type (`./tables/`). The schema itself
 * is made by the migrations (`./migrations/`); the two change together.
 * @internal
 */
import type { ArticleFeedbackTable } from './tables/article-feedback.js';
import type { ConfirmationMailsTable } from './tables/confirmation-mails.js';
import type { DeskEventCountersTable } from './tables/desk-event-counters.js';
import type { DeskEventsTable } from './tables/desk-events.js';
import type { DeskKeysTable } from './tables/desk-keys.js';
import type { HandoffsTable } from './tables/handoffs.js';
import type { IdempotencyKeysTable } from './tables/idempotency-keys.js';
import type { InboundEmailsTable } from './tables/inbound-emails.js';
import type { OutboxTable } from './tables/outbox.js';
import type { ReplyKeyTable } from './tables/reply-key.js';
import type { TicketEventsTable } from './tables/ticket-events.js';
import type { TicketMessagesTable } from './tables/ticket-messages.js';
import type { TicketsTable } from './tables/tickets.js';
import type { TimersTable } from './tables/timers.js';
import type { WebhookDeliveriesTable } from './tables/webhook-deliveries.js';

/** Every table of the support server. */
export interface Database {
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  ticket_messages: TicketMessagesTable;
  handoffs: HandoffsTable;
  idempotency_keys: IdempotencyKeysTable;
  timers: TimersTable;
  outbox: OutboxTable;
  inbound_emails: InboundEmailsTable;
  desk_keys: DeskKeysTable;
  article_feedback: ArticleFeedbackTable;
  confirmation_mails: ConfirmationMailsTable;
  reply_key: ReplyKeyTable;
  desk_events: DeskEventsTable;
  desk_event_counters: DeskEventCountersTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
