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
import { createHttp, type HttpRequest } from './internal/http.js';
import type { CallOptions, ClientOptions } from './options.js';

/** Options of {@link createDeskClient}. */
export interface DeskClientOptions extends ClientOptions {
  /** The desk's API key (`dev-<deskId>` on the mock server); sent only in `Authorization`. */
  deskKey: string;
}

/**
 * A desk's side of the API (desk tools, ITSM integrations, the e-mail bridge). Every ticket is the
 * desk view (`DeskTicket`: with internal notes and the planned hand-off). Only GETs are retried.
 */
export interface DeskClient {
  /** `GET /desks` (sent without the desk key). */
  listDesks(o?: CallOptions): Promise<Desk[]>;
  /** `GET /desk/queue`: tickets this desk owns, assists, or has a pending hand-off to. */
  queue(o?: CallOptions): Promise<DeskTicket[]>;
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
   */
  receiveEmail(
    body: InboundEmailRequest,
    o?: CallOptions,
  ): Promise<DeskTicket | InboundEmailIgnored>;
}

const desksSchema = z.array(deskSchema);
const queueSchema = z.array(deskTicketSchema);
const inboundAnswerSchema = z.union([deskTicketSchema, inboundEmailIgnoredSchema]);

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

  return {
    listDesks: (o) => http.json({ path: 'desks', signal: o?.signal }, desksSchema),
    queue: (o) => http.json({ path: 'desk/queue', secret, signal: o?.signal }, queueSchema),
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
  };
}
