/**
 * The Efecte connector's guarantees (docs/design/realtime.md, §4), against the Efecte fake on
 * loopback and the server on PGlite: an event applied again (a retry after failures, a replay of
 * the log) writes nothing twice; a connector stopped in the middle of a call and started again
 * (a restart on the same data directory) loses nothing and duplicates nothing; with Efecte's
 * outbound call never made the polling still brings the agent's edits; a forged inbound call (no
 * or a wrong secret) is refused with 401 and causes no read; reconciliation writes back what
 * Efecte lost and applies what Opin.fi missed; secrets that cannot be read refuse the start; the
 * logs carry nothing of a card; and one desk's hanging Efecte does not hold up another desk's
 * connector.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTestCeilingMs } from './support/cli-process.js';
import { startDemoInMemory } from './support/demo-in-memory.js';
import {
  cardOf,
  efecteEntry,
  inboundSecret,
  startEfecteConnected,
  testTimings,
  until,
  worklog,
  type EfecteConnected,
} from './support/efecte-connected.js';
import { startEfecteFake, type EfecteFake } from './support/efecte-fake/index.js';

const ticketAt = (institution: string, subject: string) => ({
  topicId: 'sign-in',
  institutionId: institution,
  origin: institution,
  language: 'fi' as const,
  subject,
  description: `Kysymys: ${subject}`,
  contact: { email: 'oppija@example.fi' },
});

/** Every `opin_outbound` entry of every card of `fake`. */
function markedEntries(fake: EfecteFake): string[] {
  return fake.handle.cards().flatMap((card) => worklog(card, 'opin_outbound'));
}

describe('the Efecte connector: writes once', { timeout: processTestCeilingMs }, () => {
  let setup: EfecteConnected;
  let fake: EfecteFake;
  beforeAll(async () => {
    setup = await startEfecteConnected(['helsinki']);
    fake = setup.fakes.get('helsinki') as EfecteFake;
  }, processTestCeilingMs);
  afterAll(async () => {
    await setup.close();
  });

  it('retries an event Efecte failed, and writes its card and entry once', async () => {
    // The connector has logged in (its first poll); the next calls fail.
    await until(() => fake.handle.requests.length > 0);
    fake.handle.failNext(3, 'error');
    const created = await setup.learner.createTicket(ticketAt('helsinki', 'Uudelleenyritys'));
    const card = await until(() => {
      const found = cardOf(fake, created.ticket.id);
      return found && worklog(found, 'opin_outbound').length > 0 ? found : undefined;
    });
    expect(fake.handle.requests.filter((request) => request.status === 500)).toHaveLength(3);
    expect(fake.handle.writes.create).toBe(1);
    expect(worklog(card, 'opin_outbound')).toHaveLength(1);
  });

  it('replays the whole log without a second card or entry', async () => {
    const access = await setup.learner.createTicket(ticketAt('helsinki', 'Toisto'));
    await setup.learner.sendMessage(
      { id: access.ticket.id, accessToken: access.accessToken },
      { body: 'Lisätietoa: selain on Firefox.' },
    );
    const connector = setup.server.efecte?.get('helsinki');
    if (!connector) throw new Error('no connector');
    const caughtUp = async () => {
      const { cursor, latest } = await connector.outbound.position();
      return cursor === latest;
    };
    await until(caughtUp);
    const before = { ...fake.handle.writes };
    const entries = markedEntries(fake);
    expect(entries.some((entry) => entry.includes('selain on Firefox'))).toBe(true);
    await connector.replayFrom(0);
    await until(async () => (await connector.outbound.position()).cursor > 0 && caughtUp());
    expect(fake.handle.writes.create).toBe(before.create);
    expect(fake.handle.writes.append).toBe(before.append);
    expect(markedEntries(fake)).toEqual(entries);
    expect(fake.handle.cards()).toHaveLength(2);
  });

  it('reconciles: writes back what Efecte lost, applies what Opin missed', async () => {
    const connector = setup.server.efecte?.get('helsinki');
    const card = fake.handle.cards()[0];
    if (!connector || !card) throw new Error('no connector or card');
    const ticketId = String(card.data['opin_reference']?.values[0]?.value);
    const state = card.data['opin_state']?.values[0]?.value;
    // Someone edits the card's state and subject in Efecte, and the agent's reply is never told.
    fake.handle.setAttribute(card.dataCardId, 'opin_state', [{ value: '05' }]);
    fake.handle.setAttribute(card.dataCardId, 'subject', [{ value: 'Muutettu' }]);
    fake.handle.addWorklog(card.dataCardId, 'opin_reply', 'Vastaus, josta ei ilmoitettu.');
    expect(await connector.reconcile()).toEqual({ checked: 2, repaired: 1 });
    const repaired = fake.handle.card(card.dataCardId);
    expect(repaired.data['opin_state']?.values[0]?.value).toBe(state);
    expect(repaired.data['subject']?.values[0]?.value).toBe('Toisto');
    await connector.inbound.idle();
    const ticket = await setup.desk('helsinki').getTicket(ticketId);
    expect(ticket.messages.map((message) => message.body)).toContain(
      'Vastaus, josta ei ilmoitettu.',
    );
    expect(await connector.reconcile()).toEqual({ checked: 2, repaired: 0 });
  });

  it('refuses a forged call with 401, and reads nothing', async () => {
    const card = fake.handle.cards()[0];
    if (!card) throw new Error('no card');
    const connector = setup.server.efecte?.get('helsinki');
    if (!connector) throw new Error('no connector');
    // What earlier tests set going has settled: every event applied, every card read.
    await until(async () => {
      const { cursor, latest } = await connector.outbound.position();
      return cursor === latest;
    });
    await connector.inbound.idle();
    const reads = () =>
      fake.handle.requests.filter(
        (request) => request.method === 'GET' && request.path.includes(`/${card.dataCardId}`),
      ).length;
    const before = reads();
    expect((await fake.handle.fireOutbound(card.dataCardId, 'x'.repeat(48))).status).toBe(401);
    expect((await fake.handle.fireOutbound(card.dataCardId, null)).status).toBe(401);
    const other = await fetch(`${setup.server.url}/integrations/efecte/helsinki`, {
      method: 'POST',
      headers: { authorization: `Bearer ${inboundSecret('aalto')}` },
      body: JSON.stringify({ dataCardId: card.dataCardId }),
    });
    expect(other.status).toBe(401);
    await connector.inbound.idle();
    expect(reads()).toBe(before);
    // A desk with no connector is not found, with or without a secret.
    const unknown = await fetch(`${setup.server.url}/integrations/efecte/aalto`, {
      method: 'POST',
      body: '{}',
    });
    expect(unknown.status).toBe(404);
    // A path that is not even a desk id (a broken escape) too, and the server goes on.
    const broken = await fetch(`${setup.server.url}/integrations/efecte/%E0%A4%A`, {
      method: 'POST',
      body: '{}',
    });
    expect(broken.status).toBe(404);
    expect(
      (await fetch(`${setup.server.url}/integrations/efecte/aalto`, { method: 'POST' })).status,
    ).toBe(404);
  });

  it('refuses a body that is no hint, or too large', async () => {
    const post = (body: string) =>
      fetch(`${setup.server.url}/integrations/efecte/helsinki`, {
        method: 'POST',
        headers: { authorization: `Bearer ${inboundSecret('helsinki')}` },
        body,
      });
    expect((await post('{"dataCardId":"../1"}')).status).toBe(400);
    // A well-formed hint for a card Efecte does not have is read, dropped, and holds nothing up.
    expect((await post('{"dataCardId":"99999999"}')).status).toBe(202);
    await setup.server.efecte?.get('helsinki')?.inbound.idle();
    expect((await post('x'.repeat(4096))).status).toBe(413);
  });
});

describe('the Efecte connector: polling', { timeout: processTestCeilingMs }, () => {
  let setup: EfecteConnected;
  const logged: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString('utf8'));
        done();
      },
    });
    setup = await startEfecteConnected(['helsinki'], {
      timings: { ...testTimings, pollIntervalMs: 200 },
      logger: pino({ level: 'debug' }, sink),
    });
  }, processTestCeilingMs);
  afterAll(async () => {
    await setup.close();
  });

  it('brings the agent’s reply without Efecte’s outbound call', async () => {
    const fake = setup.fakes.get('helsinki') as EfecteFake;
    const created = await setup.learner.createTicket(ticketAt('helsinki', 'Kysely'));
    const access = { id: created.ticket.id, accessToken: created.accessToken };
    const card = await until(() => cardOf(fake, access.id));
    fake.handle.addWorklog(card.dataCardId, 'opin_reply', 'Vastaus ilman ilmoitusta.');
    const ticket = await until(async () => {
      const seen = await setup.learner.getTicket(access);
      return seen.messages.length > 0 ? seen : undefined;
    });
    expect(ticket.messages.map((message) => message.body)).toEqual(['Vastaus ilman ilmoitusta.']);
    // The connector logged what it did, and nothing of the card's or the ticket's content.
    const log = logged.join('');
    expect(log).toContain('efecte card applied');
    for (const text of ['Vastaus ilman ilmoitusta', 'Kysely', 'oppija@example.fi', 'secret']) {
      expect(log).not.toContain(text);
    }
  });
});

describe('the Efecte connector: start', { timeout: processTestCeilingMs }, () => {
  it('refuses to start when a desk’s secrets cannot be read, naming the field only', async () => {
    const fake = await startEfecteFake();
    try {
      const started = startDemoInMemory({
        efecte: [efecteEntry('helsinki', fake.baseUrl)],
        efecteEnv: {
          EFECTE_HELSINKI_LOGIN: 'opin-integration',
          EFECTE_HELSINKI_INBOUND_SECRET: 'short',
        },
      });
      const error = await started.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(Error);
      const message = error instanceof Error ? error.message : '';
      expect(message).toContain('[0].password');
      expect(message).toContain('[0].inboundSecret');
      expect(message).not.toContain('short');
      expect(message).not.toContain('opin-integration');
    } finally {
      await fake.close();
    }
  });
});

describe('the Efecte connector: restart', { timeout: processTestCeilingMs }, () => {
  let fake: EfecteFake;
  let dataDir: string;
  beforeAll(async () => {
    fake = await startEfecteFake();
    dataDir = await mkdtemp(join(tmpdir(), 'efecte-restart-'));
  }, processTestCeilingMs);
  afterAll(async () => {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('resumes where it stopped: nothing lost, nothing twice', async () => {
    const fakes = new Map([['helsinki', fake]]);
    const database = { kind: 'embedded' as const, dataDir };
    const first = await startEfecteConnected(['helsinki'], { fakes, database });
    const a = await first.learner.createTicket(ticketAt('helsinki', 'Ensimmäinen'));
    await until(() => cardOf(fake, a.ticket.id));
    // The next call hangs: the connector is in the middle of the second ticket when it stops.
    fake.handle.failNext(1, 'hang');
    const b = await first.learner.createTicket(ticketAt('helsinki', 'Toinen'));
    await fake.handle.waitForHeld(1);
    await first.close();

    const second = await startEfecteConnected(['helsinki'], { fakes, database });
    try {
      const card = await until(() => {
        const found = cardOf(fake, b.ticket.id);
        return found && worklog(found, 'opin_outbound').length > 0 ? found : undefined;
      });
      expect(worklog(card, 'opin_outbound')).toHaveLength(1);
      expect(fake.handle.cards()).toHaveLength(2);
      expect(fake.handle.writes.create).toBe(2);
    } finally {
      await second.close();
    }
  });
});

describe('the Efecte connector: desks apart', { timeout: processTestCeilingMs }, () => {
  let setup: EfecteConnected;
  beforeAll(async () => {
    setup = await startEfecteConnected(['helsinki', 'aalto']);
  }, processTestCeilingMs);
  afterAll(async () => {
    await setup.close();
  });

  it('keeps serving one desk while the other desk’s Efecte hangs', async () => {
    const helsinki = setup.fakes.get('helsinki') as EfecteFake;
    const aalto = setup.fakes.get('aalto') as EfecteFake;
    helsinki.handle.failNext(1_000, 'hang');
    const stuck = await setup.learner.createTicket(ticketAt('helsinki', 'Jumissa'));
    await helsinki.handle.waitForHeld(1);
    const served = await setup.learner.createTicket(ticketAt('aalto', 'Etenee'));
    await until(() => cardOf(aalto, served.ticket.id));
    expect(cardOf(helsinki, stuck.ticket.id)).toBeUndefined();
  });
});
