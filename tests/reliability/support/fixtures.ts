/**
 * @internal Valid API objects for scripted answers, and the secrets the tests look for.
 */
import type { CreateTicketRequest, RoutingPreview } from '@opin/support-sdk';

/** A learner's access token; long and distinctive, so any leak of it is found. */
export const accessToken = 'tok_LEARNER_SECRET_5f3c9a1e7b2d4c6a';
/** A desk key, just as distinctive. */
export const deskKey = 'desk_KEY_SECRET_8e2b7d1f4a9c';
export const access = { id: 'OPIN-000123', accessToken };

/** A valid ticket (the SDK tests' own). */
export { makeTicket } from '../../../packages/sdk/test/support/fixtures.js';

export const draft: CreateTicketRequest = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'En pääse kirjautumaan',
  description: 'Kirjautuminen epäonnistuu.',
  contact: { email: 'oppija@example.fi' },
};

export const routingPreview: RoutingPreview = {
  receivingDesk: 'opin',
  answeringDesk: 'opin',
  plannedHandoff: null,
  language: 'fi',
  expectedResponseHours: 24,
  expectedBy: '2026-12-08T10:00:00.000Z',
  desks: [{ id: 'opin', integration: 'realtime' }],
};

/** The documented error body. */
export function errorBody(code: string, message: string, details?: unknown[]) {
  return { error: { code, message, ...(details && { details }) } };
}

/** One `event: ticket` frame as the contract writes it. */
export function ticketFrame(ticket: { version: number }): string {
  return `event: ticket\nid: ${ticket.version}\ndata: ${JSON.stringify(ticket)}\n\n`;
}
