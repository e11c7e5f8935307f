/**
 * Every migration, in the order they run. A migration, once released, never changes: the schema
 * moves forward by adding the next one (there is no `down`). Names sort in order.
 * @internal
 */
import type { Migration } from 'kysely/migration';
import * as tickets from './0001-tickets.js';
import * as appendOnly from './0002-append-only.js';
import * as ticketEvents from './0003-ticket-events.js';
import * as ticketMessages from './0004-ticket-messages.js';
import * as handoffs from './0005-handoffs.js';
import * as idempotencyKeys from './0006-idempotency-keys.js';
import * as timers from './0007-timers.js';
import * as outbox from './0008-outbox.js';
import * as inboundEmails from './0009-inbound-emails.js';
import * as deskKeys from './0010-desk-keys.js';
import * as articleFeedback from './0011-article-feedback.js';
import * as confirmationMails from './0012-confirmation-mails.js';
import * as ticketRepository from './0013-ticket-repository.js';
import * as outboxDelivery from './0014-outbox-delivery.js';
import * as deskQueueIndexes from './0015-desk-queue-indexes.js';
import * as replyAddresses from './0016-reply-addresses.js';
import * as deskEvents from './0017-desk-events.js';
import * as webhookDeliveries from './0018-webhook-deliveries.js';

/** The migrations by name. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-tickets': tickets,
  '0002-append-only': appendOnly,
  '0003-ticket-events': ticketEvents,
  '0004-ticket-messages': ticketMessages,
  '0005-handoffs': handoffs,
  '0006-idempotency-keys': idempotencyKeys,
  '0007-timers': timers,
  '0008-outbox': outbox,
  '0009-inbound-emails': inboundEmails,
  '0010-desk-keys': deskKeys,
  '0011-article-feedback': articleFeedback,
  '0012-confirmation-mails': confirmationMails,
  '0013-ticket-repository': ticketRepository,
  '0014-outbox-delivery': outboxDelivery,
  '0015-desk-queue-indexes': deskQueueIndexes,
  '0016-reply-addresses': replyAddresses,
  '0017-desk-events': deskEvents,
  '0018-webhook-deliveries': webhookDeliveries,
};
