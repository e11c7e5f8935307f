/** Valid API objects for the SDK's tests. */
import type { Ticket } from '../../src/index.js';

export const accessToken = 'tok_SECRET_0123456789abcdef';

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'OPIN-000123',
    version: 1,
    language: 'fi',
    topicId: 'cannot-sign-in',
    institutionId: null,
    origin: 'opin',
    subject: 'En pääse kirjautumaan',
    description: 'Kirjautuminen epäonnistuu.',
    contact: { email: 'oppija@example.fi' },
    status: 'received',
    owner: 'opin',
    plan: { answeringDesk: 'opin', expectedBy: '2026-11-26T12:00:00.000Z' },
    assisting: null,
    handoff: null,
    desks: [{ id: 'opin', integration: 'realtime', lastSyncAt: null }],
    timeline: [{ id: 'e1', at: '2026-11-25T12:00:00.000Z', type: 'created', desk: 'opin' }],
    messages: [],
    createdAt: '2026-11-25T12:00:00.000Z',
    updatedAt: '2026-11-25T12:00:00.000Z',
    ...overrides,
  };
}

export const topic = {
  id: 'cannot-sign-in',
  kind: 'incident',
  owner: 'opin',
  requiresInstitution: false,
  title: 'En pääse kirjautumaan',
  summary: 'Kirjautuminen Opin.fi-palveluun ei onnistu.',
  locale: 'fi',
} as const;

export function errorBody(code: string, message: string, details?: unknown[]) {
  return { error: { code, message, ...(details && { details }) } };
}
