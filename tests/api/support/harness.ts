/**
 * Starts the real HTTP mock server once per test file and hands out SDK clients for the learner
 * and for any desk. Every test starts from the seed data.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  createSupportClient,
  type CreateTicketRequest,
  type TicketAccess,
} from '@opin/support-sdk';
import { createDeskClient, createMockControl, type DeskClient } from '@opin/support-sdk/desk';
import { startMockServer, type RunningMockServer } from '@opin/support-mock-server/node';

export interface Harness {
  server: RunningMockServer;
  learner: ReturnType<typeof createSupportClient>;
  mock: ReturnType<typeof createMockControl>;
  desk(id: string): DeskClient;
  /** Files a ticket as a learner would, and returns the key to it. */
  file(request: CreateTicketRequest): Promise<TicketAccess>;
}

export function useMockServer(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startMockServer({ port: 0, rateLimitPerMinute: 0, heartbeatMs: 200 });
    const baseUrl = harness.server.apiBase;
    harness.learner = createSupportClient({ baseUrl });
    harness.mock = createMockControl({ baseUrl });
    harness.desk = (id) => {
      const deskKey = harness.server.deskKeys[id];
      if (!deskKey) throw new Error(`no desk key for ${id}`);
      return createDeskClient({ baseUrl, deskKey });
    };
    harness.file = async (request) => {
      const { ticket, accessToken } = await harness.learner.createTicket(request);
      return { id: ticket.id, accessToken };
    };
  });
  beforeEach(async () => {
    await harness.mock.reset();
  });
  afterAll(async () => {
    await harness.server.close();
  });
  return harness;
}

/** A ticket request with plausible learner details; `overrides` pick the case. */
export function ticketRequest(
  overrides: Pick<CreateTicketRequest, 'topicId' | 'origin' | 'language'> &
    Partial<CreateTicketRequest>,
): CreateTicketRequest {
  return {
    subject: 'Kirjautuminen ei onnistu',
    description: 'Yritän kirjautua Opin.fi-palveluun, mutta sivu palaa aina etusivulle.',
    contact: { email: 'oppija@example.fi', name: 'Aino Oppija' },
    ...overrides,
  };
}
