/**
 * Every endpoint of docs/design/api.md (but the mock-only `GET /_mock/clock`), as data for the
 * OpenAPI generator.
 * @internal Used only by the document generator.
 */
import type { ComponentName } from './components.js';

export type Tag = 'learner' | 'desk' | 'mock';

export interface Endpoint {
  method: 'get' | 'post';
  /** Relative to the base path `/api/v1`. */
  path: string;
  summary: string;
  tag: Tag;
  /** Which bearer credential the call needs. */
  auth?: 'learnerToken' | 'deskKey';
  query?: { name: string; schema: ComponentName | 'string' | 'pageLimit'; description: string }[];
  headers?: ('Idempotency-Key' | 'Last-Event-ID' | 'Prefer')[];
  body?: ComponentName;
  /** Whether the body may be left out entirely. */
  bodyOptional?: boolean;
  success: {
    status: 200 | 201 | 202 | 204;
    schema?: ComponentName;
    array?: boolean;
    eventStream?: boolean;
    /** What an event stream's frames are, when they are not a ticket's. */
    streamDescription?: string;
    /** Response headers worth naming. */
    headers?: ('Idempotent-Replayed' | 'Retry-After' | 'X-Next-Cursor' | 'Preference-Applied')[];
    /** The body answered instead with `Prefer: return=minimal`. */
    minimal?: ComponentName;
  };
  /** A second success answer (e.g. 202 for a request taken but not applied). */
  alsoSuccess?: { status: 202; schema: ComponentName; description: string };
  errors: number[];
}

const localeQuery = {
  name: 'locale',
  schema: 'Locale',
  description: 'UI language; default fi.',
} as const;

/** `?limit=` and `?cursor=` of a paged list (docs/design/api.md, "Paging"). */
const pageQuery = [
  {
    name: 'limit',
    schema: 'pageLimit',
    description: 'The most items on the page, 1–500; default 100.',
  },
  {
    name: 'cursor',
    schema: 'string',
    description:
      'The `X-Next-Cursor` of the page before (opaque); left out for the first page. One that names no page is 400.',
  },
] as const;

export const endpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/institutions',
    summary: 'List the institutions sharing Opin.fi support',
    tag: 'learner',
    success: { status: 200, schema: 'Institution', array: true },
    errors: [],
  },
  {
    method: 'get',
    path: '/desks',
    summary: 'List the support desks',
    tag: 'desk',
    success: { status: 200, schema: 'Desk', array: true },
    errors: [],
  },
  {
    method: 'get',
    path: '/topics',
    summary: 'List the topics in one language',
    tag: 'learner',
    query: [localeQuery],
    success: { status: 200, schema: 'Topic', array: true },
    errors: [400],
  },
  {
    method: 'get',
    path: '/articles',
    summary: 'Search the self-help articles',
    tag: 'learner',
    query: [
      localeQuery,
      {
        name: 'q',
        schema: 'string',
        description: 'Free text matched against title, summary and body.',
      },
      { name: 'topic', schema: 'string', description: 'Only articles for this topic id.' },
      {
        name: 'institution',
        schema: 'string',
        description:
          "General articles and this institution's own; without it, general articles only (an institution's own are for its learners).",
      },
    ],
    success: { status: 200, schema: 'Article', array: true },
    errors: [400],
  },
  {
    method: 'post',
    path: '/articles/{id}/feedback',
    summary: 'Tell whether an article solved it',
    tag: 'learner',
    body: 'ArticleFeedbackRequest',
    success: { status: 204 },
    errors: [400, 404, 413, 415],
  },
  {
    method: 'post',
    path: '/routing/preview',
    summary: 'Preview who receives and who answers, before filing',
    tag: 'learner',
    body: 'RoutingPreviewRequest',
    success: { status: 200, schema: 'RoutingPreview' },
    errors: [400, 413, 415],
  },
  {
    method: 'post',
    path: '/tickets',
    summary: 'File a ticket (idempotent)',
    tag: 'learner',
    headers: ['Idempotency-Key'],
    body: 'CreateTicketRequest',
    success: { status: 201, schema: 'CreateTicketResponse', headers: ['Idempotent-Replayed'] },
    errors: [400, 409, 413, 415, 422, 429],
  },
  {
    method: 'get',
    path: '/tickets/{id}',
    summary: 'Read a ticket as its learner',
    tag: 'learner',
    auth: 'learnerToken',
    success: { status: 200, schema: 'Ticket' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/tickets/{id}/messages',
    summary: 'Write to the desk answering the ticket',
    tag: 'learner',
    auth: 'learnerToken',
    headers: ['Prefer'],
    body: 'LearnerMessageRequest',
    success: {
      status: 201,
      schema: 'Ticket',
      minimal: 'MessageAdded',
      headers: ['Preference-Applied'],
    },
    errors: [400, 401, 404, 409, 413, 415, 429],
  },
  {
    method: 'post',
    path: '/tickets/{id}/reopen',
    summary: 'Reopen a resolved ticket (within 14 days)',
    tag: 'learner',
    auth: 'learnerToken',
    headers: ['Prefer'],
    success: {
      status: 200,
      schema: 'Ticket',
      minimal: 'TicketReopened',
      headers: ['Preference-Applied'],
    },
    errors: [401, 404, 409, 429],
  },
  {
    method: 'get',
    path: '/tickets/{id}/events',
    summary: 'Follow a ticket live (server-sent events)',
    tag: 'learner',
    auth: 'learnerToken',
    query: [
      {
        name: 'frames',
        schema: 'EventFrames',
        description:
          '`changes`: after the first whole ticket, each change as a small `event: changes` frame (TicketChanges). Default `ticket`: every frame the whole ticket.',
      },
    ],
    headers: ['Last-Event-ID'],
    success: { status: 200, schema: 'Ticket', eventStream: true },
    errors: [400, 401, 404, 429],
  },
  {
    method: 'get',
    path: '/desk/queue',
    summary: "The desk's queue: owned, assisted or pending hand-offs",
    tag: 'desk',
    auth: 'deskKey',
    query: [...pageQuery],
    success: { status: 200, schema: 'DeskTicket', array: true, headers: ['X-Next-Cursor'] },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/desk/events',
    summary: "Follow the desk's events live (server-sent events)",
    tag: 'desk',
    auth: 'deskKey',
    headers: ['Last-Event-ID'],
    success: {
      status: 200,
      schema: 'DeskEvent',
      eventStream: true,
      streamDescription:
        'One frame per event of the calling desk, in `seq` order: `event: <DeskEventType>`, `id: <seq>`, `data: <DeskEvent JSON>`; a comment line as heartbeat at least every 25 s. With `Last-Event-ID: <seq>` the stream goes on after that seq. Without it, the first frame is `event: ready`, `id: <latest seq>`, `data: {"latest": <seq>}`, and the events after it follow. For a `Last-Event-ID` that is not digits, is ahead of the log or older than what it keeps, the first frame is `event: reset` (as `ready`): catch up through `GET /desk/queue`. At most 5 streams per desk (429 with `Retry-After`).',
    },
    errors: [401, 429],
  },
  {
    method: 'get',
    path: '/desk/tickets/{id}',
    summary: 'Read a ticket as a desk involved in it',
    tag: 'desk',
    auth: 'deskKey',
    success: { status: 200, schema: 'DeskTicket' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/desk/tickets/{id}/handoffs',
    summary: 'Hand off to another desk: consult or transfer (owner only)',
    tag: 'desk',
    auth: 'deskKey',
    body: 'HandoffRequest',
    success: { status: 200, schema: 'DeskTicket' },
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'post',
    path: '/desk/tickets/{id}/handoffs/accept',
    summary: 'Accept a pending hand-off (receiving desk only)',
    tag: 'desk',
    auth: 'deskKey',
    success: { status: 200, schema: 'DeskTicket' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/desk/tickets/{id}/handoffs/decline',
    summary: 'Decline a pending hand-off (receiving desk only)',
    tag: 'desk',
    auth: 'deskKey',
    body: 'DeclineRequest',
    bodyOptional: true,
    success: { status: 200, schema: 'DeskTicket' },
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'post',
    path: '/desk/tickets/{id}/messages',
    summary: 'Reply to the learner or add an internal note',
    tag: 'desk',
    auth: 'deskKey',
    body: 'DeskMessageRequest',
    success: { status: 200, schema: 'DeskTicket' },
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'post',
    path: '/desk/tickets/{id}/status',
    summary: 'Change the status (owner only)',
    tag: 'desk',
    auth: 'deskKey',
    body: 'StatusRequest',
    success: { status: 200, schema: 'DeskTicket' },
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'post',
    path: '/desk/inbound-email',
    summary: "E-mail bridge: a desk's reply e-mail",
    tag: 'desk',
    auth: 'deskKey',
    body: 'InboundEmailRequest',
    success: { status: 200, schema: 'DeskTicket', headers: ['Idempotent-Replayed'] },
    alsoSuccess: {
      status: 202,
      schema: 'InboundEmailIgnored',
      description:
        'An automatic reply (out of office and the like): ignored, nothing changed. A repeat with the same `messageId` replays it with `Idempotent-Replayed`.',
    },
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/desk/webhook/deliveries',
    summary: "The desk's webhook delivery log, newest first",
    tag: 'desk',
    auth: 'deskKey',
    query: [
      ...pageQuery,
      {
        name: 'state',
        schema: 'WebhookDeliveryState',
        description: 'Only deliveries in this state, e.g. `failed`.',
      },
      { name: 'ticketId', schema: 'string', description: 'Only deliveries about this ticket.' },
    ],
    success: { status: 200, schema: 'WebhookDelivery', array: true, headers: ['X-Next-Cursor'] },
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/desk/webhook/deliveries/{id}/replay',
    summary: "Deliver a delivery's event again, as a new delivery",
    tag: 'desk',
    auth: 'deskKey',
    success: { status: 202, schema: 'WebhookDelivery' },
    errors: [401, 404, 409],
  },
  {
    method: 'post',
    path: '/desk/webhook/replay',
    summary: "Replay the desk's failed webhook deliveries (at most 1,000 per call)",
    tag: 'desk',
    auth: 'deskKey',
    body: 'WebhookReplayRequest',
    success: { status: 202, schema: 'WebhookReplayResult' },
    errors: [400, 401, 413, 415],
  },
  {
    method: 'get',
    path: '/_mock/outbox',
    summary: 'E-mails the backend would have sent (mock only)',
    tag: 'mock',
    query: [...pageQuery],
    success: { status: 200, schema: 'OutboxEmail', array: true, headers: ['X-Next-Cursor'] },
    errors: [400],
  },
  {
    method: 'post',
    path: '/_mock/clock',
    summary: 'Move the server clock forward (mock only)',
    tag: 'mock',
    body: 'ClockRequest',
    success: { status: 204 },
    errors: [400, 413, 415],
  },
  {
    method: 'post',
    path: '/_mock/reset',
    summary: 'Back to seed data (mock only)',
    tag: 'mock',
    success: { status: 204 },
    errors: [],
  },
  {
    method: 'get',
    path: '/_mock/stats',
    summary: 'What is stored, for load tests (mock only)',
    tag: 'mock',
    success: { status: 200, schema: 'MockStats' },
    errors: [],
  },
];
