import * as z from 'zod/mini';
import { articleSchema, type Article } from './schemas/article.js';
import type { Locale } from './schemas/common.js';
import {
  institutionSchema,
  deskSchema,
  type Desk,
  type Institution,
} from './schemas/desk-directory.js';
import type {
  ArticleFeedbackRequest,
  CreateTicketRequest,
  LearnerMessageRequest,
  RoutingPreviewRequest,
} from './schemas/learner-requests.js';
import { routingPreviewSchema, type RoutingPreview } from './schemas/routing.js';
import { createTicketResponseSchema, ticketSchema, type Ticket } from './schemas/ticket.js';
import { topicSchema, type Topic } from './schemas/topic.js';
import { createIdempotencyKey } from './idempotency-key.js';
import { decode, expectNoContent } from './internal/decode.js';
import { createHttp } from './internal/http.js';
import type { CallOptions, ClientOptions, TicketAccess } from './options.js';
import { watchTicket, type WatchOptions } from './watch/watch-ticket.js';

/** What `createTicket` resolves to. Store `id` and `accessToken`: they are the only way back to the ticket. */
export interface CreatedTicket {
  /** The filed ticket. */
  ticket: Ticket;
  /** The secret that opens this ticket (`TicketAccess.accessToken`). */
  accessToken: string;
  /** The `Idempotency-Key` the ticket was sent with (given or generated). */
  idempotencyKey: string;
  /** `true` when the server replayed an earlier submission with the same key (`Idempotent-Replayed: true`). */
  replayed: boolean;
}

/** The learner side of the API: self-help, routing preview, filing and following a ticket. */
export interface SupportClient {
  /** `GET /institutions`: the institutions whose desks share Opin.fi support. */
  listInstitutions(o?: CallOptions): Promise<Institution[]>;
  /** `GET /desks`: every desk, with its languages and integration. */
  listDesks(o?: CallOptions): Promise<Desk[]>;
  /** `GET /topics?locale=`: what a learner can ask about, in `locale`. */
  listTopics(q: { locale: Locale }, o?: CallOptions): Promise<Topic[]>;
  /** `GET /articles`: self-help articles matching the query (all matches, no paging). */
  searchArticles(
    q: { locale: Locale; q?: string; topic?: string; institution?: string },
    o?: CallOptions,
  ): Promise<Article[]>;
  /** `POST /articles/{id}/feedback`: whether the article solved the problem. Not retried. */
  sendArticleFeedback(
    articleId: string,
    body: ArticleFeedbackRequest,
    o?: CallOptions,
  ): Promise<void>;
  /** `POST /routing/preview`: who would receive and answer the ticket. Not retried. */
  previewRouting(body: RoutingPreviewRequest, o?: CallOptions): Promise<RoutingPreview>;
  /**
   * `POST /tickets`: files a ticket. Retried like a GET, always with the same `Idempotency-Key`,
   * so it files at most one ticket per key. Pass the key you stored with the draft.
   */
  createTicket(
    body: CreateTicketRequest,
    o?: CallOptions & {
      /**
       * The draft's key; see {@link createIdempotencyKey}.
       * @default createIdempotencyKey()
       */
      idempotencyKey?: string;
    },
  ): Promise<CreatedTicket>;
  /** `GET /tickets/{id}`: the ticket as its learner sees it. */
  getTicket(access: TicketAccess, o?: CallOptions): Promise<Ticket>;
  /** `POST /tickets/{id}/messages`: the learner writes. Not retried (no idempotency key). */
  sendMessage(access: TicketAccess, body: LearnerMessageRequest, o?: CallOptions): Promise<Ticket>;
  /** `POST /tickets/{id}/reopen`: within 14 days of `resolved`. Not retried. */
  reopenTicket(access: TicketAccess, o?: CallOptions): Promise<Ticket>;
  /**
   * Follows a ticket live over `GET /tickets/{id}/events`: yields each new version as a whole
   * ticket (never an older or repeated one; the stream's small `changes` frames are applied to the
   * version they continue, or the watch starts over from a whole one), reconnects with
   * `Last-Event-ID`, falls back to polling after 3 failed
   * connects, and ends after a `closed` ticket or when `signal` aborts. Reconnects only after a
   * failure {@link isRetryableError} accepts; throws any other, e.g. a `SupportHttpError` on 401 or
   * 404.
   */
  watchTicket(access: TicketAccess, o?: WatchOptions): AsyncIterable<Ticket>;
}

const institutionsSchema = z.array(institutionSchema);
const desksSchema = z.array(deskSchema);
const topicsSchema = z.array(topicSchema);
const articlesSchema = z.array(articleSchema);

/**
 * Creates the learner client. Request bodies are not validated here (the server answers 400
 * `validation_failed` with `details`); validate forms with the schemas from
 * `@opin/support-sdk/schemas`. Every response is validated.
 */
export function createSupportClient(options: ClientOptions): SupportClient {
  const http = createHttp(options);
  const ticketPath = (access: TicketAccess, rest = '') =>
    `tickets/${encodeURIComponent(access.id)}${rest}`;

  const client: SupportClient = {
    listInstitutions: (o) =>
      http.json({ path: 'institutions', signal: o?.signal }, institutionsSchema),
    listDesks: (o) => http.json({ path: 'desks', signal: o?.signal }, desksSchema),
    listTopics: (q, o) =>
      http.json({ path: 'topics', searchParams: q, signal: o?.signal }, topicsSchema),
    searchArticles: (q, o) =>
      http.json({ path: 'articles', searchParams: q, signal: o?.signal }, articlesSchema),
    sendArticleFeedback: async (articleId, body, o) => {
      const path = `articles/${encodeURIComponent(articleId)}/feedback`;
      expectNoContent(await http.call({ method: 'post', path, json: body, signal: o?.signal }));
    },
    previewRouting: (body, o) =>
      http.json(
        { method: 'post', path: 'routing/preview', json: body, signal: o?.signal },
        routingPreviewSchema,
      ),
    createTicket: async (body, o) => {
      const idempotencyKey = o?.idempotencyKey ?? createIdempotencyKey();
      const reply = await http.call({
        method: 'post',
        path: 'tickets',
        json: body,
        idempotencyKey,
        signal: o?.signal,
      });
      const { ticket, accessToken } = decode(reply, createTicketResponseSchema);
      const replayed = reply.headers.get('idempotent-replayed')?.toLowerCase() === 'true';
      return { ticket, accessToken, idempotencyKey, replayed };
    },
    getTicket: (access, o) =>
      http.json(
        { path: ticketPath(access), secret: access.accessToken, signal: o?.signal },
        ticketSchema,
      ),
    sendMessage: (access, body, o) =>
      http.json(
        {
          method: 'post',
          path: ticketPath(access, '/messages'),
          json: body,
          secret: access.accessToken,
          signal: o?.signal,
        },
        ticketSchema,
      ),
    reopenTicket: (access, o) =>
      http.json(
        {
          method: 'post',
          path: ticketPath(access, '/reopen'),
          secret: access.accessToken,
          signal: o?.signal,
        },
        ticketSchema,
      ),
    watchTicket: (access, o) =>
      watchTicket(
        {
          connect: (lastVersion, signal) =>
            http.open({
              path: ticketPath(access, '/events?frames=changes'),
              secret: access.accessToken,
              lastEventId: lastVersion > 0 ? String(lastVersion) : undefined,
              signal,
            }),
          poll: (signal) => client.getTicket(access, { signal }),
        },
        o,
      ),
  };
  return client;
}
