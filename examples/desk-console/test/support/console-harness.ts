/**
 * Starts the real mock server once per test file and gives the console's services for any desk,
 * so the console's modules are tested against real tickets. Every test starts from the seed.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { CreateTicketRequest } from '@opin/support-sdk';
import type { Desk } from '@opin/support-sdk/desk';
import { startMockServer, type RunningMockServer } from '@opin/support-mock-server/node';
import { createServices, type ConsoleServices } from '../../src/services.js';

export interface ConsoleHarness {
  server: RunningMockServer;
  desks: Desk[];
  /** The console's services while playing `deskId`. */
  play(deskId: string): ConsoleServices;
  /** Files a ticket as a learner; returns its reference. */
  file(overrides: Partial<CreateTicketRequest>): Promise<string>;
}

export function useConsoleHarness(): ConsoleHarness {
  const h = {} as ConsoleHarness;
  beforeAll(async () => {
    h.server = await startMockServer({ port: 0, rateLimitPerMinute: 0 });
    const opin = createServices(h.server.apiBase, 'opin', []);
    h.desks = await opin.support.listDesks();
    h.play = (deskId) => createServices(h.server.apiBase, deskId, h.desks);
    h.file = async (overrides) => {
      const created = await opin.support.createTicket({
        topicId: 'enrolment-failed',
        institutionId: 'tampere',
        origin: 'opin',
        language: 'fi',
        subject: 'Ilmoittautuminen ei onnistu',
        description: 'Saan virheen.',
        contact: { email: 'oppija@example.fi' },
        ...overrides,
      });
      return created.ticket.id;
    };
  });
  beforeEach(async () => {
    await h.play('opin').mock.reset();
  });
  afterAll(async () => {
    await h.server.close();
  });
  return h;
}
