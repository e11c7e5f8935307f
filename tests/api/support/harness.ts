/**
 * Hands out SDK clients for the learner and for any desk, against the server under test
 * (`target.ts`): by default the real HTTP mock server, started once per test file. With mock
 * control, every test starts from the seed data.
 */
import { afterAll, beforeAll, beforeEach, it } from 'vitest';
import {
  createSupportClient,
  type CreateTicketRequest,
  type TicketAccess,
} from '@opin/support-sdk';
import { createDeskClient, type DeskClient } from '@opin/support-sdk/desk';
import { createMockControl } from '@opin/support-mock-server/control';
import { startMockServer } from '@opin/support-mock-server/node';
import { apiTarget, hasMockControl } from './target.js';

export interface Harness {
  /** The API base of the server under test. */
  apiBase: string;
  learner: ReturnType<typeof createSupportClient>;
  /** The mock's `/_mock/*` routes; only in tests declared with {@link itWithMockControl}. */
  mock: ReturnType<typeof createMockControl>;
  desk(id: string): DeskClient;
  /** The key of a desk, for requests made without the SDK. */
  deskKey(id: string): string;
  /** Files a ticket as a learner would, and returns the key to it. */
  file(request: CreateTicketRequest): Promise<TicketAccess>;
  /**
   * Files a ticket on the Opin.fi portal that names `institutionId`: by default about credits and
   * grades, in Finnish — the case Opin.fi receives and hands off to the institution.
   */
  fileForInstitution(
    institutionId: string,
    options?: Partial<Pick<CreateTicketRequest, 'topicId' | 'language'>>,
  ): Promise<TicketAccess>;
}

/** A test that needs `/_mock/*` (seed reset, clock, sent e-mails, counts): skipped without them. */
export function itWithMockControl(name: string, test: () => Promise<void>): void {
  it.skipIf(!hasMockControl)(name, test);
}

export function useMockServer(): Harness {
  const harness = {} as Harness;
  let close: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    let deskKeys: Record<string, string>;
    if (apiTarget.kind === 'external') {
      harness.apiBase = apiTarget.apiBase;
      deskKeys = apiTarget.deskKeys;
    } else {
      const server = await startMockServer({ port: 0, rateLimitPerMinute: 0, heartbeatMs: 200 });
      close = () => server.close();
      harness.apiBase = server.apiBase;
      deskKeys = server.deskKeys;
    }
    const baseUrl = harness.apiBase;
    harness.learner = createSupportClient({ baseUrl });
    harness.mock = createMockControl({ baseUrl });
    harness.deskKey = (id) => {
      const deskKey = deskKeys[id];
      if (!deskKey)
        throw new Error(`no desk key for ${id} (OPIN_DESK_KEYS for a server of your own)`);
      return deskKey;
    };
    harness.desk = (id) => createDeskClient({ baseUrl, deskKey: harness.deskKey(id) });
    harness.file = async (request) => {
      const { ticket, accessToken } = await harness.learner.createTicket(request);
      return { id: ticket.id, accessToken };
    };
    harness.fileForInstitution = (institutionId, options) =>
      harness.file(
        ticketRequest({
          topicId: 'credits-and-grades',
          language: 'fi',
          ...options,
          institutionId,
          origin: 'opin',
        }),
      );
  });
  beforeEach(async () => {
    if (hasMockControl) await harness.mock.reset();
  });
  afterAll(() => close());
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
