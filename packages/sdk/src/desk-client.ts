import * as z from 'zod/mini';
import { deskSchema, type Desk } from './schemas/desk-directory.js';
import { deskTicketSchema, type DeskTicket } from './schemas/desk-ticket.js';
import {
  inboundEmailIgnoredSchema,
  type DeclineRequest,
  type DeskMessageRequest,
  type HandoffRequest,
  type InboundEmailIgnored,
  type InboundEmailRequest,
} from './schemas/desk-requests.js';
import type { TicketStatus } from './schemas/ticket.js';
import {
  webhookDeliverySchema,
  webhookReplayResultSchema,
  type WebhookDelivery,
  type WebhookDeliveryState,
  type WebhookReplayResult,
} from './schemas/webhook-deliveries.js';
import { SupportResponseValidationError } from './errors/support-response-validation-error.js';
import { decode } from './internal/decode.js';
import { createHttp, type HttpRequest } from './internal/http.js';
import type { CallOptions, ClientOptions } from './options.js';
import type { DeskEvent } from './schemas/desk-events.js';
import {
  watchDeskEvents,
  type EventWatch,
  type WatchEventsOptions,
} from './watch/watch-desk-events.js';

/** Options of {@link createDeskClient}. */
export interface DeskClientOptions extends ClientOptions {
  /** The desk's API key (`dev-<deskId>` on the mock server); sent only in `Authorization`. */
  deskKey: string;
}

/** Options of {@link DeskClient.queuePage}. */
export interface QueuePageOptions extends CallOptions {
  /** The most tickets on the page: 1–500 (`?limit=`); the server's default is 100. */
  limit?: number | undefined;
  /** The `nextCursor` of the page before (`?cursor=`); left out for the first page. */
  cursor?: string | undefined;
}

/** One page of a desk's queue ({@link DeskClient.queuePage}). */
export interface QueuePage {
  /** The page's tickets, in queue order (the order they were filed). */
  tickets: DeskTicket[];
  /** The cursor of the next page (`X-Next-Cursor`); `undefined` on the last page. */
  nextCursor: string | undefined;
}

/** Options of {@link DeskClient.listWebhookDeliveries}. */
export interface WebhookDeliveriesOptions extends QueuePageOptions {
  /** Only deliveries in this state (`?state=`), e.g. `failed`. */
  state?: WebhookDeliveryState | undefined;
  /** Only deliveries about this ticket (`?ticketId=`). */
  ticketId?: string | undefined;
}

/** One page of a desk's webhook delivery log ({@link DeskClient.listWebhookDeliveries}). */
export interface WebhookDeliveriesPage {
  /** The page's deliveries, newest first. */
  deliveries: WebhookDelivery[];
  /** The cursor of the next (older) page (`X-Next-Cursor`); `undefined` on the last page. */
  nextCursor: string | undefined;
}

/** Options of {@link DeskClient.replayFailedWebhooks}. */
export interface ReplayFailedWebhooksOptions extends CallOptions {
  /** Only deliveries written at or after this time (ISO 8601). */
  since?: string | undefined;
}

/**
 * A desk's side of the API (desk tools, ITSM integrations, the e-mail bridge). Every ticket is the
 * desk view (`DeskTicket`: with internal notes and the planned hand-off). Only GETs are retried.
 */
export interface DeskClient {
  /** `GET /desks` (sent without the desk key). */
  listDesks(o?: CallOptions): Promise<Desk[]>;
  /**
   * `GET /desk/queue`: tickets this desk owns, assists, or has a pending hand-off to, in the order
   * they were filed. Reads every page (of 500), one request after another; a ticket filed meanwhile
   * is on a later page, so none is missed or listed twice.
   */
  queue(o?: CallOptions): Promise<DeskTicket[]>;
  /** `GET /desk/queue?limit=&cursor=`: one page of the queue and the cursor of the next. */
  queuePage(o?: QueuePageOptions): Promise<QueuePage>;
  /** `GET /desk/tickets/{id}`: one ticket of this desk. */
  getTicket(id: string, o?: CallOptions): Promise<DeskTicket>;
  /** `POST /desk/tickets/{id}/handoffs`: the owner asks another desk to consult or take over. */
  requestHandoff(id: string, body: HandoffRequest, o?: CallOptions): Promise<DeskTicket>;
  /** `POST /desk/tickets/{id}/handoffs/accept`: the receiving desk accepts the open hand-off. */
  acceptHandoff(id: string, o?: CallOptions): Promise<DeskTicket>;
  /** `POST /desk/tickets/{id}/handoffs/decline`: the receiving desk declines it. */
  declineHandoff(id: string, body?: DeclineRequest, o?: CallOptions): Promise<DeskTicket>;
  /** `POST /desk/tickets/{id}/messages`: a reply to the learner or an internal note. */
  sendMessage(id: string, body: DeskMessageRequest, o?: CallOptions): Promise<DeskTicket>;
  /** `POST /desk/tickets/{id}/status` (owner only). */
  setStatus(id: string, status: TicketStatus, o?: CallOptions): Promise<DeskTicket>;
  /**
   * `POST /desk/inbound-email`: the e-mail bridge hands over this desk's reply. Answers the ticket
   * it was applied to, or `{ ignored: 'auto_reply' }` (202) for an automatic reply, which changes
   * nothing and must not be bounced. A repeat with the same `messageId` answers as the first did.
   * Pass `to`, the address the e-mail was sent to, when it is the desk's reply address on the
   * ticket (`reply+<reference>.<tag>@opin.fi`); otherwise the subject's reply tag is read.
   */
  receiveEmail(
    body: InboundEmailRequest,
    o?: CallOptions,
  ): Promise<DeskTicket | InboundEmailIgnored>;
  /**
   * `GET /desk/events`: hands each of this desk's events to `onEvent`, in `seq` order, once each,
   * while the watch runs. Events are thin (ids and state): read the ticket with `getTicket` for its
   * text. The watch reconnects by the SDK's retry rule (`isRetryableError`, the server's
   * `Retry-After`, back-off) with the last event's seq as `Last-Event-ID`, so nothing is lost or
   * repeated; it waits for a promise `onEvent` returns before the next event, and `lastEventId`
   * moves only after it resolves. Without `o.lastEventId` it starts now; persist the handle's
   * `lastEventId` to resume after a restart. When the server cannot go on from it, `o.onReset` is
   * called: catch up through `queue()`. Any other failure (401 for an unknown key), or what a
   * callback throws, ends the watch and rejects `done`.
   */
  watchEvents(
    onEvent: (event: DeskEvent) => void | Promise<void>,
    o?: WatchEventsOptions,
  ): EventWatch;
  /**
   * `GET /desk/webhook/deliveries`: one page of this desk's webhook delivery log, newest first
   * (`state`, `ticketId` filter it), and the cursor of the next. Empty where the desk has no webhook.
   */
  listWebhookDeliveries(o?: WebhookDeliveriesOptions): Promise<WebhookDeliveriesPage>;
  /**
   * `POST /desk/webhook/deliveries/{id}/replay`: delivers that delivery's event again, as a new
   * delivery (202). 404 for another desk's; 409 while a delivery of the event is pending.
   */
  replayWebhookDelivery(id: string, o?: CallOptions): Promise<WebhookDelivery>;
  /**
   * `POST /desk/webhook/replay`: replays this desk's failed deliveries (one per event), at most
   * 1,000 per call: call again while `replayed` is 1,000.
   */
  replayFailedWebhooks(o?: ReplayFailedWebhooksOptions): Promise<WebhookReplayResult>;
}

const desksSchema = z.array(deskSchema);
const queueSchema = z.array(deskTicketSchema);
/** The page size `queue()` reads with: the largest the API allows. */
const allPagesLimit = 500;
const inboundAnswerSchema = z.union([deskTicketSchema, inboundEmailIgnoredSchema]);
const deliveriesSchema = z.array(webhookDeliverySchema);

/** Creates a client for one desk; the key is scrubbed from every error. */
export function createDeskClient(options: DeskClientOptions): DeskClient {
  const http = createHttp(options);
  const secret = options.deskKey;
  const ticket = (request: HttpRequest) => http.json({ secret, ...request }, deskTicketSchema);
  const post = (id: string, action: string, json: unknown, o: CallOptions | undefined) =>
    ticket({
      method: 'post',
      path: `desk/tickets/${encodeURIComponent(id)}/${action}`,
      json,
      signal: o?.signal,
    });

  const queuePage = async (o: QueuePageOptions | undefined): Promise<QueuePage> => {
    const reply = await http.call({
      path: 'desk/queue',
      searchParams: { limit: o?.limit?.toString(), cursor: o?.cursor },
      secret,
      signal: o?.signal,
    });
    const tickets = decode(reply, queueSchema);
    const next = reply.headers.get('x-next-cursor');
    return { tickets, nextCursor: next === null || next === '' ? undefined : next };
  };

  return {
    listDesks: (o) => http.json({ path: 'desks', signal: o?.signal }, desksSchema),
    queue: async (o) => {
      const tickets: DeskTicket[] = [];
      const cursors = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await queuePage({ limit: allPagesLimit, cursor, signal: o?.signal });
        tickets.push(...page.tickets);
        cursor = page.nextCursor;
        // A server that names a page twice would never let the loop end.
        if (cursor !== undefined && cursors.has(cursor)) {
          throw new SupportResponseValidationError('The queue named the same next page twice.', {
            status: 200,
          });
        }
        if (cursor !== undefined) cursors.add(cursor);
      } while (cursor !== undefined);
      return tickets;
    },
    queuePage,
    getTicket: (id, o) =>
      ticket({ path: `desk/tickets/${encodeURIComponent(id)}`, signal: o?.signal }),
    requestHandoff: (id, body, o) => post(id, 'handoffs', body, o),
    acceptHandoff: (id, o) => post(id, 'handoffs/accept', undefined, o),
    declineHandoff: (id, body, o) => post(id, 'handoffs/decline', body ?? {}, o),
    sendMessage: (id, body, o) => post(id, 'messages', body, o),
    setStatus: (id, status, o) => post(id, 'status', { status }, o),
    receiveEmail: (body, o) =>
      http.json(
        { method: 'post', path: 'desk/inbound-email', json: body, secret, signal: o?.signal },
        inboundAnswerSchema,
      ),
    watchEvents: (onEvent, o) =>
      watchDeskEvents(
        {
          connect: (lastEventId, signal) =>
            http.open({ path: 'desk/events', secret, lastEventId, signal }),
        },
        onEvent,
        o,
      ),
    listWebhookDeliveries: async (o) => {
      const reply = await http.call({
        path: 'desk/webhook/deliveries',
        searchParams: {
          limit: o?.limit?.toString(),
          cursor: o?.cursor,
          state: o?.state,
          ticketId: o?.ticketId,
        },
        secret,
        signal: o?.signal,
      });
      const deliveries = decode(reply, deliveriesSchema);
      const next = reply.headers.get('x-next-cursor');
      return { deliveries, nextCursor: next === null || next === '' ? undefined : next };
    },
    replayWebhookDelivery: (id, o) =>
      http.json(
        {
          method: 'post',
          path: `desk/webhook/deliveries/${encodeURIComponent(id)}/replay`,
          json: {},
          secret,
          signal: o?.signal,
        },
        webhookDeliverySchema,
      ),
    replayFailedWebhooks: (o) =>
      http.json(
        {
          method: 'post',
          path: 'desk/webhook/replay',
          json: o?.since === undefined ? { state: 'failed' } : { state: 'failed', since: o.since },
          secret,
          signal: o?.signal,
        },
        webhookReplayResultSchema,
      ),
  };
}
