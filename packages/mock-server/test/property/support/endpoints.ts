/**
 * Every endpoint of docs/design/api.md (the mock-only ones included) with the status codes it
 * documents for it, the SDK schema of its success, and a valid body.
 */
import {
  articleSchema,
  createTicketResponseSchema,
  deskSchema,
  deskTicketSchema,
  inboundEmailIgnoredSchema,
  institutionSchema,
  mockStatsSchema,
  outboxEmailSchema,
  routingPreviewSchema,
  ticketSchema,
  topicSchema,
} from '@opin/support-sdk/schemas';
import type { FixtureTicket } from './fixtures.js';

/** Anything with zod's `safeParse`. */
export interface ResponseSchema {
  safeParse(value: unknown): { success: boolean };
}

/** A list of items that each match `item`. */
function arrayOf(item: ResponseSchema): ResponseSchema {
  return {
    safeParse: (value) => ({
      success: Array.isArray(value) && value.every((entry) => item.safeParse(entry).success),
    }),
  };
}

/** A value that matches one of two schemas. */
function eitherOf(first: ResponseSchema, second: ResponseSchema): ResponseSchema {
  return {
    safeParse: (value) => ({
      success: first.safeParse(value).success || second.safeParse(value).success,
    }),
  };
}

/** Who an endpoint lets in. */
export type Caller = 'anyone' | 'learner' | 'desk';

/** One endpoint and what docs/design/api.md says it may answer. */
export interface Endpoint {
  /** As docs/design/api.md writes it, e.g. `POST /tickets/{id}/messages`. */
  name: string;
  method: 'GET' | 'POST';
  caller: Caller;
  /** `ticket`: the path names a ticket; `article`: an article. */
  target: 'none' | 'ticket' | 'article';
  /** `optional`: an empty body is fine (the endpoint's body has no required field). */
  body: 'none' | 'required' | 'optional';
  /** Every status docs/design/api.md documents for this endpoint. */
  statuses: readonly number[];
  /** The error codes docs/design/api.md allows with 422 here. */
  unprocessable?: readonly string[];
  /** The SDK schema a 200 or 201 body matches (an event stream: each frame's data). */
  response?: ResponseSchema;
  /** A valid body for this ticket (JSON value), if the endpoint takes one. */
  validBody?: (ticket: FixtureTicket) => Record<string, unknown>;
}

const BODY_ERRORS = [400, 413, 415];
const TICKET_BODY = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'En pääse kirjautumaan',
  description: 'Kirjautuminen päättyy virheeseen.',
  contact: { email: 'maija@example.fi', name: 'Maija' },
};

function endpoint(
  name: string,
  caller: Caller,
  body: Endpoint['body'],
  statuses: readonly number[],
  extra: Partial<Endpoint> = {},
): Endpoint {
  const [method = 'GET', path = ''] = name.split(' ');
  const target = path.startsWith('/articles/{id}')
    ? 'article'
    : path.includes('{id}')
      ? 'ticket'
      : 'none';
  const bodyErrors = body === 'none' ? [] : BODY_ERRORS;
  const callerErrors = caller === 'learner' ? [401, 404] : caller === 'desk' ? [401] : [];
  const all = new Set([...statuses, ...bodyErrors, ...callerErrors]);
  return {
    name,
    method: method === 'POST' ? 'POST' : 'GET',
    caller,
    target,
    body,
    statuses: [...all].sort((a, b) => a - b),
    ...extra,
  };
}

/** Desk endpoints on one ticket: 403 for a desk that may not act, 404 for an unknown id. */
const deskTicket = (
  name: string,
  body: Endpoint['body'],
  statuses: number[],
  extra?: Partial<Endpoint>,
) => endpoint(name, 'desk', body, [403, 404, ...statuses], extra);

/** The whole API. */
export const endpoints: readonly Endpoint[] = [
  endpoint('GET /institutions', 'anyone', 'none', [200], { response: arrayOf(institutionSchema) }),
  endpoint('GET /desks', 'anyone', 'none', [200], { response: arrayOf(deskSchema) }),
  endpoint('GET /topics', 'anyone', 'none', [200, 400], { response: arrayOf(topicSchema) }),
  endpoint('GET /articles', 'anyone', 'none', [200, 400], { response: arrayOf(articleSchema) }),
  endpoint('POST /articles/{id}/feedback', 'anyone', 'required', [204, 404], {
    validBody: () => ({ helpful: true, locale: 'fi' }),
  }),
  endpoint('POST /routing/preview', 'anyone', 'required', [200], {
    response: routingPreviewSchema,
    validBody: () => ({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
  }),
  endpoint('POST /tickets', 'anyone', 'required', [201, 409, 422, 429], {
    response: createTicketResponseSchema,
    unprocessable: ['idempotency_mismatch'],
    validBody: () => structuredClone(TICKET_BODY),
  }),
  endpoint('GET /tickets/{id}', 'learner', 'none', [200], { response: ticketSchema }),
  endpoint('POST /tickets/{id}/messages', 'learner', 'required', [201, 409, 429], {
    response: ticketSchema,
    validBody: () => ({ body: 'Kiitos, kokeilen uudelleen.' }),
  }),
  endpoint('POST /tickets/{id}/reopen', 'learner', 'optional', [200, 409, 429], {
    response: ticketSchema,
    validBody: () => ({}),
  }),
  endpoint('GET /tickets/{id}/events', 'learner', 'none', [200, 429], { response: ticketSchema }),
  endpoint('GET /desk/queue', 'desk', 'none', [200], { response: arrayOf(deskTicketSchema) }),
  deskTicket('GET /desk/tickets/{id}', 'none', [200], { response: deskTicketSchema }),
  deskTicket('POST /desk/tickets/{id}/handoffs', 'required', [200, 409, 422], {
    response: deskTicketSchema,
    unprocessable: ['language_not_served'],
    validBody: () => ({ to: 'helsinki', mode: 'consult', note: 'Voitteko auttaa?' }),
  }),
  deskTicket('POST /desk/tickets/{id}/handoffs/accept', 'optional', [200, 409], {
    response: deskTicketSchema,
    validBody: () => ({}),
  }),
  deskTicket('POST /desk/tickets/{id}/handoffs/decline', 'optional', [200, 409], {
    response: deskTicketSchema,
    validBody: () => ({ reason: 'Ei kuulu meille.' }),
  }),
  deskTicket('POST /desk/tickets/{id}/messages', 'required', [200, 409, 422], {
    response: deskTicketSchema,
    unprocessable: ['language_mismatch'],
    validBody: (ticket) => ({
      body: 'Tarkistamme asian.',
      language: ticket.language,
      visibility: 'internal',
    }),
  }),
  deskTicket('POST /desk/tickets/{id}/status', 'required', [200, 409], {
    response: deskTicketSchema,
    validBody: () => ({ status: 'in_progress' }),
  }),
  endpoint('POST /desk/inbound-email', 'desk', 'required', [200, 202, 403, 404, 409, 422], {
    response: eitherOf(deskTicketSchema, inboundEmailIgnoredSchema),
    unprocessable: ['idempotency_mismatch'],
    validBody: (ticket) => ({
      from: 'helpdesk@tuni.fi',
      subject: ticket.tampereReply,
      body: 'Hoidamme asian.',
    }),
  }),
  endpoint('GET /_mock/outbox', 'anyone', 'none', [200], { response: arrayOf(outboxEmailSchema) }),
  endpoint('GET /_mock/clock', 'anyone', 'none', [200]),
  endpoint('POST /_mock/clock', 'anyone', 'required', [204], {
    validBody: () => ({ advanceMinutes: 0 }),
  }),
  endpoint('POST /_mock/reset', 'anyone', 'optional', [204], { validBody: () => ({}) }),
  endpoint('GET /_mock/stats', 'anyone', 'none', [200], { response: mockStatsSchema }),
];

/** The endpoints that take a body. */
export const bodyEndpoints = endpoints.filter((e) => e.body !== 'none');

/** An endpoint by name. */
export function endpointNamed(name: string): Endpoint {
  const found = endpoints.find((e) => e.name === name);
  if (!found) throw new Error(`No endpoint ${name}.`);
  return found;
}
