/**
 * All handlers of one mock API instance, in matching order.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import type { HttpHandler } from 'msw';
import { catalogHandlers } from './catalog.js';
import { createTicketHandler } from './create-ticket.js';
import { deskHandlers } from './desk.js';
import { deskEventsHandler } from './desk-events.js';
import { eventsHandler } from './events.js';
import { notFoundHandlers, preflightHandlers } from './fallback.js';
import { gateHandler } from './gate.js';
import { learnerTicketHandlers } from './learner-tickets.js';
import { mockControlHandlers } from './control-endpoints.js';
import { webhookDeliveryHandlers } from './webhook-deliveries.js';

/** Every handler: the gate (too long a URL) and preflight first, the 404 catch-all last. */
export function createHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    gateHandler(ctx),
    ...preflightHandlers(ctx),
    ...catalogHandlers(ctx),
    createTicketHandler(ctx),
    eventsHandler(ctx),
    ...learnerTicketHandlers(ctx),
    deskEventsHandler(ctx),
    ...deskHandlers(ctx),
    ...webhookDeliveryHandlers(ctx),
    ...mockControlHandlers(ctx),
    ...notFoundHandlers(ctx),
  ];
}
