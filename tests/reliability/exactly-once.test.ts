import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSupportClient, type CreateTicketRequest } from '@opin/support-sdk';
import { createMockControl } from '@opin/support-mock-server/control';
import { startMockServer, type RunningMockServer } from '@opin/support-mock-server/node';
import { entriesOfEveryDeskQueue } from './support/desk-queues.js';
import { seededFaultSchedule, type FaultRates } from './support/fault-schedule.js';
import { createFaultyNetwork, type FaultyNetwork } from './support/faulty-network.js';
import {
  fileEveryDraft,
  submitUntilAcknowledged,
  type Acknowledgement,
} from './support/resubmit.js';
import { draftsByLearner } from './support/submissions.js';

const submissions = 200;
const seed = 20_261_125;
/** 30 % of answers dropped after the server handled the request, and then some. */
const rates: FaultRates = {
  'drop-response': 0.3,
  'late-response': 0.08,
  unavailable: 0.1,
  'no-connection': 0.05,
};
/** Short, so late answers cost little; backoff kept tiny so the run stays fast. */
const clientTuning = { timeout: 150, retry: { backoffLimit: 5 } };

let server: RunningMockServer;
beforeAll(async () => {
  // 25 tickets a learner: each must be confirmed, so the per-mailbox limit is off.
  server = await startMockServer({ port: 0, rateLimitPerMinute: 0, confirmationMailsPerHour: 0 });
});
afterAll(() => server.close());

type FiledInstitution = { institutionId?: string | null | undefined };

/** The fields of a ticket that come from the body it was filed with. */
function filedFields(ticket: Omit<CreateTicketRequest, 'institutionId'> & FiledInstitution) {
  const { topicId, origin, language, subject, description, contact } = ticket;
  const institutionId = ticket.institutionId ?? null;
  return { topicId, origin, language, subject, description, contact, institutionId };
}

describe(`exactly once: ${submissions} drafts resubmitted with their keys through a network that loses answers`, () => {
  const mock = () => createMockControl({ baseUrl: server.apiBase });
  let network: FaultyNetwork;
  let acknowledged: Acknowledgement[];

  beforeAll(async () => {
    server.api.reset();
    network = createFaultyNetwork({ schedule: seededFaultSchedule(seed, rates) });
    acknowledged = await fileEveryDraft(draftsByLearner(submissions), {
      baseUrl: server.apiBase,
      fetch: network.fetch,
      ...clientTuning,
    });
    await network.settled();
  });

  it('acknowledges every submission, each with a ticket id of its own', () => {
    expect(acknowledged).toHaveLength(submissions);
    const ids = acknowledged.map(({ created }) => created.ticket.id);
    expect(new Set(ids).size).toBe(submissions);
  });

  it(`stores exactly ${submissions} tickets: by the stats and by the desk queues`, async () => {
    expect((await mock().stats()).tickets).toBe(submissions);
    const queued = await entriesOfEveryDeskQueue(server);
    expect(queued).toHaveLength(submissions);
    expect(queued.map((ticket) => ticket.id).sort()).toEqual(
      acknowledged.map(({ created }) => created.ticket.id).sort(),
    );
  });

  it('each acknowledged ticket holds the body it was submitted with, and its token opens it', async () => {
    const storedById = new Map((await entriesOfEveryDeskQueue(server)).map((t) => [t.id, t]));
    const learner = createSupportClient({ baseUrl: server.apiBase });
    for (const { submission, created } of acknowledged) {
      const sent = filedFields(submission.body);
      expect(created.idempotencyKey).toBe(submission.idempotencyKey);
      expect(filedFields(created.ticket)).toEqual(sent);
      const stored = storedById.get(created.ticket.id);
      expect(stored && filedFields(stored)).toEqual(sent);
      const access = { id: created.ticket.id, accessToken: created.accessToken };
      expect(filedFields(await learner.getTicket(access))).toEqual(sent);
    }
  });

  it('each learner got exactly one confirmation e-mail per ticket, and no other', async () => {
    const learnerAddresses = new Set(
      acknowledged.map(({ submission }) => submission.body.contact.email),
    );
    const emails = await mock().outbox();
    expect(emails.filter((email) => learnerAddresses.has(email.to))).toHaveLength(submissions);
    for (const { submission, created } of acknowledged) {
      const confirmations = emails.filter(
        (email) =>
          email.ticketId === created.ticket.id && email.to === submission.body.contact.email,
      );
      expect(confirmations).toHaveLength(1);
    }
  });

  it('cannot pass vacuously: answers were lost after the server filed, and were replayed', () => {
    const figures = network.figures();

    const calls = acknowledged.reduce((sum, { calls }) => sum + calls, 0);
    expect(figures.droppedResponses + figures.lateResponses).toBeGreaterThanOrEqual(40);
    expect(figures.lateResponses).toBeGreaterThan(0);
    expect(figures.unavailable).toBeGreaterThan(0);
    expect(figures.noConnection).toBeGreaterThan(0);
    expect(figures.requests - calls).toBeGreaterThan(0); // the SDK's own retries
    expect(calls - submissions).toBeGreaterThan(0); // the callers' resubmissions

    const lost = network.keysWhoseFilingAnswerWasLost();
    expect(lost.size).toBeGreaterThanOrEqual(40);
    expect(figures.replaysServed).toBeGreaterThanOrEqual(lost.size);
    const replayed = acknowledged.filter(({ created }) => created.replayed);
    expect(new Set(replayed.map(({ submission }) => submission.idempotencyKey))).toEqual(lost);
  });
});

describe('the fault schedule and the impatient learner', () => {
  it('the fault schedule repeats for the same seed and differs for another', () => {
    const keys = draftsByLearner(submissions)
      .flat()
      .map((draft) => draft.idempotencyKey);
    const faultsOf = (scheduleSeed: number) => {
      const schedule = seededFaultSchedule(scheduleSeed, rates);
      return keys.flatMap((key) => [0, 1, 2, 3].map((attempt) => schedule(key, attempt)));
    };

    expect(faultsOf(seed)).toEqual(faultsOf(seed));
    expect(faultsOf(seed)).not.toEqual(faultsOf(seed + 1));
    const dropped = faultsOf(seed).filter((fault) => fault === 'drop-response');
    expect(dropped.length / (keys.length * 4)).toBeCloseTo(rates['drop-response'], 1);
  });

  it('a double click and a repeated Enter (the same draft sent five times at once) file one ticket', async () => {
    server.api.reset();
    const client = createSupportClient({ baseUrl: server.apiBase, retry: { backoffLimit: 5 } });
    const [draft] = draftsByLearner(1).flat();
    if (!draft) throw new Error('no draft');

    const acknowledged = await Promise.all(
      Array.from({ length: 5 }, () => submitUntilAcknowledged(client, draft)),
    );

    expect(new Set(acknowledged.map(({ created }) => created.ticket.id)).size).toBe(1);
    expect(new Set(acknowledged.map(({ created }) => created.accessToken)).size).toBe(1);
    expect(acknowledged.filter(({ created }) => !created.replayed)).toHaveLength(1);
    expect((await createMockControl({ baseUrl: server.apiBase }).stats()).tickets).toBe(1);
  });
});
