/**
 * The mock API inside the test page, shared by host and panel tests: msw's service worker answers
 * `<origin>/api/v1/*` from `@opin/support-mock-server` (rate limit off, 500 ms event-stream
 * heartbeat), and desks act through the SDK's desk client against the same mock.
 * Test-only: nothing here may reach `dist` (the build fails if it does).
 * @internal
 */
import { createMockApi, deskKeyFor, type MockApi } from '@opin/support-mock-server';
import {
  createSupportClient,
  type CreatedTicket,
  type CreateTicketRequest,
  type TicketStatus,
} from '@opin/support-sdk';
import {
  createDeskClient,
  type DeskClient,
  type DeskTicket,
  type HandoffRequest,
} from '@opin/support-sdk/desk';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** The API base the widget under test should use (`api-base`). */
export const apiBase = `${location.origin}/api/v1`;

let started: Promise<{ api: MockApi; worker: SetupWorker }> | undefined;

function startWorker(): Promise<{ api: MockApi; worker: SetupWorker }> {
  started ??= (async () => {
    const api = createMockApi({ rateLimitPerMinute: 0, heartbeatMs: 500 });
    const worker = setupWorker(...api.handlers);
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
    return { api, worker };
  })();
  return started;
}

/** Starts the service worker once per test page; every later call returns the same mock. */
export async function startMockApi(): Promise<MockApi> {
  return (await startWorker()).api;
}

/**
 * Records the path of every request the page starts from now on (the widget's code as well as
 * the API's: the service worker sees them all), until `stop()`.
 */
export async function recordRequests(): Promise<{ paths: string[]; stop: () => void }> {
  const { worker } = await startWorker();
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname);
  };
  worker.events.on('request:start', listener);
  return { paths, stop: () => worker.events.removeListener('request:start', listener) };
}

/** Back to the seed data (no tickets, e-mails or idempotency keys); starts the mock if needed. */
export async function resetMock(): Promise<MockApi> {
  const api = await startMockApi();
  api.reset();
  return api;
}

/** A desk's client against the in-page mock (key `dev-<deskId>`), without retries. */
export function deskClient(deskId: string): DeskClient {
  return createDeskClient({ baseUrl: apiBase, deskKey: deskKeyFor(deskId), retry: { limit: 0 } });
}

/** Files a ticket as a learner would (a sign-in incident at Opin.fi unless overridden). */
export async function fileTicket(
  request: Partial<CreateTicketRequest> = {},
): Promise<CreatedTicket> {
  await startMockApi();
  const learner = createSupportClient({ baseUrl: apiBase, retry: { limit: 0 } });
  return learner.createTicket({
    topicId: 'sign-in',
    origin: 'opin',
    language: 'fi',
    subject: 'En pääse kirjautumaan',
    description: 'Kirjautuminen päättyy virheeseen.',
    contact: { email: 'oppija@example.fi' },
    ...request,
  });
}

/** What a desk does to a ticket, each through the desk that may do it. */
export const deskActions = {
  /** The owner answers the learner, in the ticket's language. */
  async reply(deskId: string, ticketId: string, body: string): Promise<DeskTicket> {
    const desk = deskClient(deskId);
    const { language } = await desk.getTicket(ticketId);
    return desk.sendMessage(ticketId, { body, language, visibility: 'learner' });
  },
  /** An internal note; from the assisting desk it is the consult answer. */
  async note(deskId: string, ticketId: string, body: string): Promise<DeskTicket> {
    const desk = deskClient(deskId);
    const { language } = await desk.getTicket(ticketId);
    return desk.sendMessage(ticketId, { body, language, visibility: 'internal' });
  },
  /** The owner asks another desk to consult or take over. */
  handOff(deskId: string, ticketId: string, request: HandoffRequest): Promise<DeskTicket> {
    return deskClient(deskId).requestHandoff(ticketId, request);
  },
  /** The receiving desk accepts the open hand-off. */
  accept(deskId: string, ticketId: string): Promise<DeskTicket> {
    return deskClient(deskId).acceptHandoff(ticketId);
  },
  /** The receiving desk declines the open hand-off. */
  decline(deskId: string, ticketId: string, reason?: string): Promise<DeskTicket> {
    return deskClient(deskId).declineHandoff(ticketId, reason === undefined ? {} : { reason });
  },
  /** The owner changes the status (`waiting_for_learner`, `resolved`, …). */
  setStatus(deskId: string, ticketId: string, status: TicketStatus): Promise<DeskTicket> {
    return deskClient(deskId).setStatus(ticketId, status);
  },
};

/** Moves the mock's clock forward (hand-off expiry, auto-close). */
export async function advanceClock(minutes: number): Promise<void> {
  (await startMockApi()).advanceClock(minutes);
}
